package org.defendersdays.community.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.DescribeGroupCommand;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupRuleViolation;
import org.defendersdays.community.domain.GroupStatus;
import org.defendersdays.community.domain.GroupPurpose;
import org.defendersdays.community.domain.GroupVisibility;
import org.junit.jupiter.api.Test;

class GroupServiceTest {

    private static final Instant NOW = Instant.parse("2027-11-02T09:30:00Z");

    private final InMemoryGroups groups = new InMemoryGroups();
    private final GroupService service = new GroupService(groups, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void opensAPrivateParticipantGroupForAnAnnouncedEdition() {
        EditionReference edition = new EditionReference(UUID.randomUUID(), 2028);

        GroupId id = service.openFor(edition);

        Group group = service.group(id);
        assertThat(group.purpose()).isEqualTo(GroupPurpose.EDITION_PARTICIPANTS);
        assertThat(group.edition()).contains(edition);
        assertThat(group.openedAt()).isEqualTo(NOW);
        assertThat(group.visibility()).isEqualTo(GroupVisibility.MEMBERS_ONLY);
    }

    @Test
    void openingTwiceForTheSameEditionYieldsTheSameSingleGroup() {
        EditionReference edition = new EditionReference(UUID.randomUUID(), 2018);

        GroupId first = service.openFor(edition);
        GroupId second = service.openFor(edition);

        assertThat(second).isEqualTo(first);
        assertThat(service.groups()).hasSize(1);
    }

    @Test
    void eachEditionHasItsOwnGroup() {
        GroupId first = service.openFor(new EditionReference(UUID.randomUUID(), 2016));
        GroupId second = service.openFor(new EditionReference(UUID.randomUUID(), 2018));

        assertThat(second).isNotEqualTo(first);
        assertThat(service.groups()).hasSize(2);
    }

    @Test
    void listsTheNewestEditionFirst() {
        service.openFor(new EditionReference(UUID.randomUUID(), 2014));
        service.openFor(new EditionReference(UUID.randomUUID(), 2028));
        service.openFor(new EditionReference(UUID.randomUUID(), 2018));

        assertThat(service.groups()).extracting(group -> group.edition().orElseThrow().year())
                .containsExactly(2028, 2018, 2014);
    }

    @Test
    void anUnknownGroupIsReportedAsSuch() {
        assertThatThrownBy(() -> service.group(GroupId.generate())).isInstanceOf(UnknownGroup.class);
        assertThatThrownBy(() -> service.anyGroup(GroupId.generate())).isInstanceOf(UnknownGroup.class);
        assertThatThrownBy(() -> service.publish(GroupId.generate())).isInstanceOf(UnknownGroup.class);
    }

    private final GroupProfile circle = GroupProfile.of("Digital security circle", "Devices and accounts.");

    @Test
    void aNewTopicGroupIsADraftThatOnlyModeratorsSee() {
        GroupId id = service.create(new CreateTopicGroupCommand(circle));

        Group draft = service.anyGroup(id);
        assertThat(draft.status()).isEqualTo(GroupStatus.DRAFT);
        assertThat(draft.profile()).contains(circle);
        assertThat(draft.openedAt()).isEqualTo(NOW);
        assertThat(service.allGroups()).extracting(Group::id).containsExactly(id);
        assertThat(service.groups()).as("public list").isEmpty();
        assertThatThrownBy(() -> service.group(id)).as("public page").isInstanceOf(UnknownGroup.class);
    }

    @Test
    void aPublishedTopicGroupIsPublicUntilItIsArchived() {
        GroupId id = service.create(new CreateTopicGroupCommand(circle));
        GroupId edition = service.openFor(new EditionReference(UUID.randomUUID(), 2018));

        service.publish(id);

        assertThat(service.groups()).extracting(Group::id).containsExactly(edition, id);
        assertThat(service.group(id).status()).isEqualTo(GroupStatus.PUBLISHED);

        service.archive(id);

        assertThat(service.groups()).extracting(Group::id).containsExactly(edition);
        assertThatThrownBy(() -> service.group(id)).isInstanceOf(UnknownGroup.class);
        assertThat(service.anyGroup(id).status()).isEqualTo(GroupStatus.ARCHIVED);
    }

    @Test
    void describingFromTheCurrentVersionStoresTheNewProfile() {
        GroupId id = service.create(new CreateTopicGroupCommand(circle));
        GroupProfile renamed = GroupProfile.of("Digital safety circle", null);

        service.describe(new DescribeGroupCommand(id, service.anyGroup(id).version(), renamed));

        assertThat(service.anyGroup(id).profile()).contains(renamed);
    }

    @Test
    void describingFromAStaleVersionIsRefusedAndKeepsWhatTheOtherModeratorSaved() {
        GroupId id = service.create(new CreateTopicGroupCommand(circle));
        long seenByBoth = service.anyGroup(id).version();
        GroupProfile first = GroupProfile.of("First moderator's name", null);
        service.describe(new DescribeGroupCommand(id, seenByBoth, first));

        assertThatThrownBy(() -> service.describe(new DescribeGroupCommand(id, seenByBoth,
                GroupProfile.of("Second moderator's name", null)))).isInstanceOf(GroupChangedMeanwhile.class);

        assertThat(service.anyGroup(id).profile()).contains(first);
    }

    @Test
    void aRefusedStepChangesNothing() {
        GroupId id = service.create(new CreateTopicGroupCommand(circle));
        GroupId edition = service.openFor(new EditionReference(UUID.randomUUID(), 2018));

        assertThatThrownBy(() -> service.archive(id)).isInstanceOf(GroupRuleViolation.class);
        assertThatThrownBy(() -> service.publish(edition)).isInstanceOf(GroupRuleViolation.class);

        assertThat(service.anyGroup(id).status()).isEqualTo(GroupStatus.DRAFT);
        assertThat(service.anyGroup(edition).status()).isEqualTo(GroupStatus.PUBLISHED);
    }
}
