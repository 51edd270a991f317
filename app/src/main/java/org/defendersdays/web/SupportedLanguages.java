package org.defendersdays.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The languages the platform's pages are translated into, the first being the default. A language
 * that is not listed here is never used for a page, so {@code lang} and {@code dir} always match
 * the text on it.
 */
@ConfigurationProperties("defendersdays.languages")
public record SupportedLanguages(List<Locale> supported) {

    public SupportedLanguages {
        supported = supported == null || supported.isEmpty() ? List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))
                : List.copyOf(supported);
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
