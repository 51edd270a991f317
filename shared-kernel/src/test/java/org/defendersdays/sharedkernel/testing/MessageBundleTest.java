package org.defendersdays.sharedkernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The bundle checks themselves, on small fixtures outside {@code i18n/} (so no message source
 * picks them up): a complete bundle passes, and each way a translation can go wrong fails.
 */
class MessageBundleTest {

    private static final String FIXTURES = "messagebundle-fixtures/";

    @Test
    void everyBundleIsTranslatedIntoSpanishFrenchRussianAndArabic() {
        assertThat(MessageBundle.TRANSLATIONS).containsExactly("es", "fr", "ru", "ar");
    }

    @Test
    void aCompleteBundlePasses() {
        MessageBundle.of(FIXTURES + "complete").assertTranslated().assertArabicIsArabic()
                .assertQuotesReadByMessageFormat();
    }

    @Test
    void aKeyMissingInOneLanguageFails() {
        MessageBundle bundle = MessageBundle.of(FIXTURES + "missingkey");

        assertThatThrownBy(bundle::assertTranslated).isInstanceOf(AssertionError.class)
                .hasMessageContaining("fr").hasMessageContaining("fixture.count");
    }

    @Test
    void aTranslationTakingOtherArgumentsFails() {
        MessageBundle bundle = MessageBundle.of(FIXTURES + "placeholder");

        assertThatThrownBy(bundle::assertTranslated).isInstanceOf(AssertionError.class)
                .hasMessageContaining("placeholders of fixture.count").hasMessageContaining("ru");
    }

    @Test
    void aLoneQuoteInAMessageWithArgumentsFails() {
        MessageBundle bundle = MessageBundle.of(FIXTURES + "lonequote");

        bundle.assertTranslated();
        assertThatThrownBy(bundle::assertQuotesReadByMessageFormat).isInstanceOf(AssertionError.class)
                .hasMessageContaining("lone quote in fixture.count (fr)");
    }

    @Test
    void aMissingLanguageFileFails() {
        assertThatThrownBy(() -> MessageBundle.of(FIXTURES + "nospanish")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("nospanish_es.properties");
    }

    @Test
    void englishTextInTheArabicBundleFails() {
        MessageBundle bundle = MessageBundle.of(FIXTURES + "untranslated");

        bundle.assertTranslated();
        assertThatThrownBy(bundle::assertArabicIsArabic).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Arabic text for fixture.");
    }
}
