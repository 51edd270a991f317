package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

/** Every reason the speaker pages can give, and every per-field label, exists in both languages. */
class SpeakerMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/conference");

    @Test
    void everyReasonAFieldCanBeRefusedForCanBeExplained() {
        Properties english = messages.english();
        Properties arabic = messages.arabic();
        List<String> keys = Stream.of("name.required", "name.tooLong", "name.invalid", "bio.tooLong", "bio.invalid",
                "organisation.tooLong", "organisation.invalid", "how.tooLong", "how.invalid", "photo.missing",
                "photo.tooLarge", "photo.notAnImage", "photo.tooManyPixels", "photo.busy")
                .map(key -> "conference.speakers.error." + key).toList();
        assertThat(english).containsKeys(keys.toArray());
        assertThat(arabic).containsKeys(keys.toArray());
        for (ProfileField field : ProfileField.values()) {
            for (String prefix : List.of("field.", "consent.record.", "consent.withdraw.", "consent.recorded.",
                    "consent.withdrawn.")) {
                assertThat(english).containsKey("conference.speakers." + prefix + field.name());
                assertThat(arabic).containsKey("conference.speakers." + prefix + field.name());
            }
        }
    }
}
