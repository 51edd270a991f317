package org.defendersdays.sharedkernel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConferenceEditionAnnouncedTest {

    @Test
    void carriesOnlyAnIdentifierAndTheYear() {
        assertThat(Arrays.stream(ConferenceEditionAnnounced.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("editionId", "year");
    }

    @Test
    void rejectsMissingIdentifierAndImpossibleYears() {
        assertThatNullPointerException().isThrownBy(() -> new ConferenceEditionAnnounced(null, 2018));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConferenceEditionAnnounced(UUID.randomUUID(), 18));
    }
}
