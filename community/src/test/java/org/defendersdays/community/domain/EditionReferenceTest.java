package org.defendersdays.community.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class EditionReferenceTest {

    @Test
    void refersToAnEditionByIdentifierAndYear() {
        UUID editionId = UUID.randomUUID();

        EditionReference reference = new EditionReference(editionId, 2013);

        assertThat(reference.editionId()).isEqualTo(editionId);
        assertThat(reference.year()).isEqualTo(2013);
        assertThat(reference).isEqualTo(new EditionReference(editionId, 2013));
    }

    @Test
    void acceptsEveryYearTheConferenceMayAnnounce() {
        assertThat(new EditionReference(UUID.randomUUID(), 2000).year()).isEqualTo(2000);
        assertThat(new EditionReference(UUID.randomUUID(), 2200).year()).isEqualTo(2200);
    }

    @Test
    void refusesImpossibleYearsAndAMissingIdentifier() {
        assertThatThrownBy(() -> new EditionReference(UUID.randomUUID(), 1999))
                .isInstanceOf(GroupRuleViolation.class).hasMessage("group.edition.yearOutOfRange");
        assertThatThrownBy(() -> new EditionReference(UUID.randomUUID(), 2201))
                .isInstanceOf(GroupRuleViolation.class).hasMessage("group.edition.yearOutOfRange");
        assertThatNullPointerException().isThrownBy(() -> new EditionReference(null, 2018));
    }
}
