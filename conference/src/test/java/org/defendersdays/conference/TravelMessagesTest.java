package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;

import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** The travel bundle: translated into every language, quoted right, and with a message for every code. */
class TravelMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/travel");
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
    void everyStatusReasonAndPurposeHasItsWords() {
        Arrays.stream(RequestStatus.values()).forEach(status -> assertThat(english).containsKeys(
                "travel.visa.status." + status, "travel.support.status." + status, "travel.admin.status." + status,
                "travel.admin.visa.status." + status));
        Arrays.stream(RefusalReason.values()).forEach(reason -> assertThat(english).containsKey(
                "travel.reason." + reason));
        Arrays.stream(SupportPurpose.values()).forEach(purpose -> assertThat(english).containsKey(
                "travel.purpose." + purpose));
        for (String outcome : new String[] {"APPROVED", "REFUSED"}) {
            assertThat(english).containsKeys("travel.mail.visa." + outcome + ".subject",
                    "travel.mail.visa." + outcome + ".body", "travel.mail.support." + outcome + ".subject",
                    "travel.mail.support." + outcome + ".body");
        }
    }
}
