package org.defendersdays.community.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class GroupTest {

    private static final Instant OPENED = Instant.parse("2018-01-15T10:00:00Z");
    private final EditionReference edition2018 = new EditionReference(UUID.randomUUID(), 2018);

    @Test
    void anEditionGroupGathersThatEditionsParticipantsAndKeepsItsMembersPrivate() {
        GroupId id = GroupId.generate();

        Group group = Group.forEdition(id, edition2018, OPENED);

        assertThat(group.id()).isEqualTo(id);
        assertThat(group.getId()).isEqualTo(id);
        assertThat(group.purpose()).isEqualTo(GroupPurpose.EDITION_PARTICIPANTS);
        assertThat(group.edition()).contains(edition2018);
        assertThat(group.openedAt()).isEqualTo(OPENED);
        assertThat(group.visibility()).isEqualTo(GroupVisibility.MEMBERS_ONLY);
        assertThat(group.version()).as("not stored yet").isNull();
    }

    @Test
    void anEditionGroupNeedsItsEditionAndAnOpeningInstant() {
        assertThatNullPointerException().isThrownBy(() -> Group.forEdition(GroupId.generate(), null, OPENED));
        assertThatNullPointerException().isThrownBy(() -> Group.forEdition(GroupId.generate(), edition2018, null));
        assertThatNullPointerException().isThrownBy(() -> Group.forEdition(null, edition2018, OPENED));
    }

    @Test
    void aStoredEditionGroupWithoutItsEditionIsRefused() {
        assertThatThrownBy(() -> Group.rehydrate(GroupId.generate(), GroupPurpose.EDITION_PARTICIPANTS,
                Optional.empty(), OPENED, GroupVisibility.MEMBERS_ONLY, 0L))
                .isInstanceOf(GroupRuleViolation.class)
                .extracting(violation -> ((GroupRuleViolation) violation).messageKey())
                .isEqualTo("group.edition.required");
    }

    @Test
    void rehydrationKeepsWhatWasStored() {
        GroupId id = GroupId.generate();

        Group group = Group.rehydrate(id, GroupPurpose.EDITION_PARTICIPANTS, Optional.of(edition2018), OPENED,
                GroupVisibility.MEMBERS_ONLY, 3L);

        assertThat(group.id()).isEqualTo(id);
        assertThat(group.edition()).contains(edition2018);
        assertThat(group.openedAt()).isEqualTo(OPENED);
        assertThat(group.version()).isEqualTo(3L);
    }

    @Test
    void everyEditionPurposeIsAboutAnEdition() {
        assertThat(GroupPurpose.EDITION_PARTICIPANTS.isAboutAnEdition()).isTrue();
    }
}
