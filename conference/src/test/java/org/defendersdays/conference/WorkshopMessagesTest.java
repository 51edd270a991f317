package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;

import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** The workshop messages: complete in every language, really translated, and able to explain every refusal. */
class WorkshopMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/workshops");
    private final Properties english = messages.english();

    @Test
    void everyKeyIsInEveryLanguageAndTheArabicIsArabic() {
        messages.assertTranslated().assertArabicIsArabic();
    }

    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        messages.assertQuotesReadByMessageFormat();
    }

    @Test
    void everyRefusalCanBeExplained() {
        Arrays.stream(SignUpRefused.Reason.values()).map(reason -> new SignUpRefused(reason, "Title").messageKey())
                .forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank().contains("{0}"));
    }
}
