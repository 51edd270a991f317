package org.defendersdays.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What the layout needs to know about languages: the language switch's entries (each named in its
 * own language) and the writing direction of the current page. Used from templates as
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

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
