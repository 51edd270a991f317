package org.defendersdays.community.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;
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
    }
}
