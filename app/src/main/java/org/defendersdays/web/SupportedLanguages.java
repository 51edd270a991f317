package org.defendersdays.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The languages the platform's pages are translated into, the first being the default. A language
 * that is not listed here is never used for a page, so {@code lang} and {@code dir} always match
 * the text on it. By default: English, then the conference's other interpretation languages,
 * Spanish, French, Russian and Arabic (every message bundle exists in each of them).
 */
@ConfigurationProperties("defendersdays.languages")
public record SupportedLanguages(List<Locale> supported) {

    private static final List<Locale> DEFAULT = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"));

    public SupportedLanguages {
        supported = supported == null || supported.isEmpty() ? DEFAULT : List.copyOf(supported);
    }

    public Locale defaultLanguage() {
        return supported.get(0);
    }

    /** The supported language of the given tag or locale, ignoring region and script. */
    public Optional<Locale> find(String language) {
        return supported.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(language)).findFirst();
    }

    /** The best supported language for an {@code Accept-Language} header, or the default. */
    public Locale bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLanguage();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
            return match == null ? defaultLanguage() : match;
        } catch (IllegalArgumentException malformedHeader) {
            return defaultLanguage();
        }
    }
}
