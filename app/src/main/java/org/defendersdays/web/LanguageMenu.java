package org.defendersdays.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.defendersdays.sharedkernel.web.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout needs to know about languages: the language switch's entries (each named in its
 * own language), their links, and the writing direction of the current page. Used from templates as
 * {@code @languageMenu}.
 */
@Component("languageMenu")
public class LanguageMenu {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ps", "ur", "ku", "dv", "yi");

    private final SupportedLanguages languages;

    LanguageMenu(SupportedLanguages languages) {
        this.languages = languages;
    }

    /** One entry of the language switch. */
    public record Entry(String code, String name, String direction) {
    }

    public List<Entry> entries() {
        return languages.supported().stream()
                .map(locale -> new Entry(locale.getLanguage(), capitalised(locale.getDisplayLanguage(locale), locale),
                        direction(locale)))
                .toList();
    }

    public String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /**
     * The language switch's link to the current page in the given language: the current query with
     * {@code lang} set to the code (see {@link #link(String, String)}). The query is the page's
     * {@link PageQuery} when it set one, else the one its address was sent with (for a POST result,
     * that address's query, never the form fields); with no request at all, just {@code ?lang=code}.
     */
    public String link(String code) {
        return link(currentQuery(), code);
    }

    /**
     * A link that keeps the current page and every query parameter except {@code lang}, in order,
     * with {@code lang=code} added last. It is a query-only relative reference ({@code ?...}), so the
     * browser keeps the path it shows (also on error pages, whose request is a forward to
     * {@code /error}) and nothing from the request's Host header or scheme can get into it. Names and
     * values are decoded and encoded again as form data (UTF-8), so spaces, {@code &}, {@code #},
     * {@code +} and any script arrive unchanged; pieces that cannot be decoded are left out.
     *
     * @param query the raw query string as sent (URL-encoded), or {@code null}
     */
    static String link(String query, String code) {
        StringBuilder link = new StringBuilder("?");
        if (query != null) {
            for (String piece : query.split("&")) {
                if (piece.isEmpty()) {
                    continue;
                }
                int equals = piece.indexOf('=');
                String name = decoded(equals < 0 ? piece : piece.substring(0, equals));
                String value = equals < 0 ? null : decoded(piece.substring(equals + 1));
                if (name == null || name.isEmpty() || (equals >= 0 && value == null)
                        || name.equals(LanguageSwitchInterceptor.PARAMETER)) {
                    continue;
                }
                link.append(encoded(name));
                if (value != null) {
                    link.append('=').append(encoded(value));
                }
                link.append('&');
            }
        }
        return link.append(LanguageSwitchInterceptor.PARAMETER).append('=').append(encoded(code)).toString();
    }

    private static String currentQuery() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        if (request.getAttribute(PageQuery.ATTRIBUTE) instanceof String canonical) {
            return canonical;
        }
        // The address's own query only: a POST's form fields are in its body and never get here.
        return request.getQueryString();
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
