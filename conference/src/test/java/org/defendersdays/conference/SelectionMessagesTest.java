package org.defendersdays.conference;

import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** The selection bundle: complete in every language, Arabic in Arabic, quotes as MessageFormat reads them. */
class SelectionMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/selection");

    @Test
    void everyKeyIsInEveryLanguageAndTheArabicIsArabic() {
        messages.assertTranslated().assertArabicIsArabic();
    }

    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        messages.assertQuotesReadByMessageFormat();
    }
}
