package org.defendersdays.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides the language of a page: the visitor's explicit choice (a {@code lang} cookie, set by the
 * language switch), else the best match for the browser's {@code Accept-Language}, else English.
 * Only supported languages are ever returned, whatever a cookie or header says. The cookie holds
 * nothing but the language code and is never sent to another site.
 *
 * <p>Numbers are written in Latin digits in every language: the CLDR default for Arabic since
 * CLDR 42 (JDK 21 and later), pinned so pages read the same on JDK 17, where the older locale data
 * would switch Arabic pages to Arabic-Indic digits.
 */
class LanguageCookieLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String CHOSEN = LanguageCookieLocaleResolver.class.getName() + ".chosen";

    private final SupportedLanguages languages;

    LanguageCookieLocaleResolver(SupportedLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return withLatinDigits(chosen);
        }
        return withLatinDigits(cookieValue(request).flatMap(languages::find)
                .orElseGet(() -> languages.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported = Optional.ofNullable(locale).flatMap(l -> languages.find(l.getLanguage()));
        if (supported.isEmpty()) {
            return;
        }
        request.setAttribute(CHOSEN, supported.get());
        if (response != null) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.get().getLanguage())
                    .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).secure(request.isSecure())
                    .sameSite("Lax").build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }

    private static Locale withLatinDigits(Locale locale) {
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
