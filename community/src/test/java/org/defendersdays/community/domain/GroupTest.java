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
        assertThat(group.status()).as("public as soon as it opens, as before topic groups").isEqualTo(GroupStatus.PUBLISHED);
        assertThat(group.isPublic()).isTrue();
        assertThat(group.profile()).as("named after its edition by the pages").isEmpty();
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
                Optional.empty(), Optional.empty(), OPENED, GroupVisibility.MEMBERS_ONLY, GroupStatus.PUBLISHED, 0L))
                .isInstanceOf(GroupRuleViolation.class)
                .extracting(violation -> ((GroupRuleViolation) violation).messageKey())
                .isEqualTo("group.edition.required");
    }

    @Test
    void rehydrationKeepsWhatWasStored() {
        GroupId id = GroupId.generate();

        Group group = Group.rehydrate(id, GroupPurpose.EDITION_PARTICIPANTS, Optional.of(edition2018), Optional.empty(),
                OPENED, GroupVisibility.MEMBERS_ONLY, GroupStatus.PUBLISHED, 3L);

        assertThat(group.id()).isEqualTo(id);
        assertThat(group.edition()).contains(edition2018);
        assertThat(group.openedAt()).isEqualTo(OPENED);
        assertThat(group.version()).isEqualTo(3L);
    }

    @Test
    void everyEditionPurposeIsAboutAnEdition() {
        assertThat(GroupPurpose.EDITION_PARTICIPANTS.isAboutAnEdition()).isTrue();
        assertThat(GroupPurpose.TOPIC.isAboutAnEdition()).isFalse();
    }

    private final GroupProfile circle = GroupProfile.of("Digital security circle", "Devices and accounts.");

    @Test
    void aTopicGroupStartsAsAPrivateDraftWithItsProfile() {
        Group group = Group.aboutTopic(GroupId.generate(), circle, OPENED);

        assertThat(group.purpose()).isEqualTo(GroupPurpose.TOPIC);
        assertThat(group.profile()).contains(circle);
        assertThat(group.edition()).isEmpty();
        assertThat(group.status()).isEqualTo(GroupStatus.DRAFT);
        assertThat(group.isPublic()).isFalse();
        assertThat(group.visibility()).isEqualTo(GroupVisibility.MEMBERS_ONLY);
    }

    @Test
    void aTopicGroupIsPublishedThenArchivedAndEachStepOnlyOnce() {
        Group group = Group.aboutTopic(GroupId.generate(), circle, OPENED);

        assertRefused(group::archive, "group.archive.notPublished");
        group.publish();
        assertThat(group.status()).isEqualTo(GroupStatus.PUBLISHED);
        assertThat(group.isPublic()).isTrue();
        assertRefused(group::publish, "group.publish.notDraft");
        group.archive();
        assertThat(group.status()).isEqualTo(GroupStatus.ARCHIVED);
        assertThat(group.isPublic()).isFalse();
        assertRefused(group::publish, "group.publish.notDraft");
        assertRefused(group::archive, "group.archive.notPublished");
    }

    @Test
    void aTopicGroupCanBeDescribedAgainUntilItIsArchived() {
        Group group = Group.aboutTopic(GroupId.generate(), circle, OPENED);
        GroupProfile renamed = GroupProfile.of("Digital safety circle", null);

        group.describe(renamed);
        assertThat(group.profile()).contains(renamed);
        group.publish();
        group.describe(circle);
        assertThat(group.profile()).contains(circle);
        assertThat(group.status()).as("describing keeps the status").isEqualTo(GroupStatus.PUBLISHED);
        group.archive();
        assertRefused(() -> group.describe(renamed), "group.archived.unchangeable");
        assertThat(group.profile()).contains(circle);
    }

    @Test
    void anEditionGroupFollowsTheConferenceAndIsNotModeratedHere() {
        Group group = Group.forEdition(GroupId.generate(), edition2018, OPENED);

        assertRefused(group::publish, "group.edition.followsConference");
        assertRefused(group::archive, "group.edition.followsConference");
        assertRefused(() -> group.describe(circle), "group.edition.followsConference");
        assertThat(group.status()).isEqualTo(GroupStatus.PUBLISHED);
    }

    @Test
    void aStoredTopicGroupNeedsItsNameAndNoEdition() {
        assertRefused(() -> Group.rehydrate(GroupId.generate(), GroupPurpose.TOPIC, Optional.empty(),
                Optional.empty(), OPENED, GroupVisibility.MEMBERS_ONLY, GroupStatus.DRAFT, 0L), "group.name.required");
        assertRefused(() -> Group.rehydrate(GroupId.generate(), GroupPurpose.TOPIC, Optional.of(edition2018),
                Optional.of(circle), OPENED, GroupVisibility.MEMBERS_ONLY, GroupStatus.DRAFT, 0L),
                "group.edition.notExpected");
        assertRefused(() -> Group.rehydrate(GroupId.generate(), GroupPurpose.EDITION_PARTICIPANTS,
                Optional.of(edition2018), Optional.of(circle), OPENED, GroupVisibility.MEMBERS_ONLY,
                GroupStatus.PUBLISHED, 0L), "group.edition.namedByEdition");
    }

    @Test
    void aChangeFromAStaleCopyIsRefused() {
        Group stored = Group.rehydrate(GroupId.generate(), GroupPurpose.TOPIC, Optional.empty(), Optional.of(circle),
                OPENED, GroupVisibility.MEMBERS_ONLY, GroupStatus.DRAFT, 4L);

        stored.requireVersion(4);
        assertThatThrownBy(() -> stored.requireVersion(3)).isInstanceOf(GroupChangedMeanwhile.class)
                .extracting(violation -> ((GroupRuleViolation) violation).messageKey())
                .isEqualTo("group.changedMeanwhile");
        assertThatThrownBy(() -> Group.aboutTopic(GroupId.generate(), circle, OPENED).requireVersion(0))
                .as("never stored").isInstanceOf(GroupChangedMeanwhile.class);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(GroupRuleViolation.class)
                .extracting(violation -> ((GroupRuleViolation) violation).messageKey()).isEqualTo(key);
    }
}
