package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.defendersdays.conference.domain.participants.ParticipantListRefused;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** The participant list's and feedback's messages: complete in every language, and every refusal explained. */
class FeedbackMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/feedback");
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
        for (ParticipantListRefused.Reason reason : ParticipantListRefused.Reason.values()) {
            assertThat(english).containsKey(new ParticipantListRefused(reason).messageKey());
        }
        assertThat(english).containsKeys("feedback.error.rating", "feedback.error.tooLong",
                "feedback.error.notParticipant", "feedback.error.notEnded", "feedback.error.alreadyAnswered");
    }
}
