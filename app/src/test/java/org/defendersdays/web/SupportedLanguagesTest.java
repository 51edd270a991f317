package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** The default languages, the language switch that names them, and the bundles that translate them. */
class SupportedLanguagesTest {

    private final SupportedLanguages languages = new SupportedLanguages(null);

    @Test
    void byDefaultThePagesAreInEnglishSpanishFrenchRussianAndArabic() {
        assertThat(languages.supported()).extracting(Locale::getLanguage).containsExactly("en", "es", "fr", "ru", "ar");
        assertThat(languages.defaultLanguage()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everySupportedLanguageHasEveryBundleAndEveryBundleLanguageIsSupported() {
        assertThat(languages.supported()).extracting(Locale::getLanguage).containsExactlyElementsOf(
                Stream.concat(Stream.of("en"), MessageBundle.TRANSLATIONS.stream()).toList());
    }

    @Test
    void theLanguageSwitchNamesEachLanguageInItselfAndOnlyArabicIsRightToLeft() {
        assertThat(new LanguageMenu(languages).entries()).containsExactly(
                new LanguageMenu.Entry("en", "English", "ltr"),
                new LanguageMenu.Entry("es", "Español", "ltr"),
                new LanguageMenu.Entry("fr", "Français", "ltr"),
                new LanguageMenu.Entry("ru", "Русский", "ltr"),
                new LanguageMenu.Entry("ar", "العربية", "rtl"));
    }

    @Test
    void theBrowsersPreferenceFindsEachLanguageIgnoringRegion() {
        assertThat(languages.bestFor("es-MX,es;q=0.9,en;q=0.5")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(languages.bestFor("fr-CA")).isEqualTo(Locale.forLanguageTag("fr"));
        assertThat(languages.bestFor("ru-RU,ru;q=0.9")).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(languages.bestFor("uk-UA,de;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.find("RU")).contains(Locale.forLanguageTag("ru"));
    }

    @Test
    void aConfiguredListStillWins() {
        assertThat(new SupportedLanguages(List.of(Locale.forLanguageTag("ar"), Locale.ENGLISH)).defaultLanguage())
                .isEqualTo(Locale.forLanguageTag("ar"));
    }
}
