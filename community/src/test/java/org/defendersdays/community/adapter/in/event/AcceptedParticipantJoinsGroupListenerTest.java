package org.defendersdays.community.adapter.in.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.defendersdays.community.application.port.in.GroupMembershipUseCase;
import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Against the real PostgreSQL test database; every test accepts someone to an edition of its own. */
@SpringBootTest
class AcceptedParticipantJoinsGroupListenerTest {

    private static final int YEAR = 2078;

    @Autowired
    AcceptedParticipantJoinsGroupListener listener;

    @Autowired
    OpenEditionGroupUseCase openEditionGroup;

    @Autowired
    GroupMembershipUseCase membership;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAcceptedPersonJoinsTheGroupTheAnnouncementOpened() {
        UUID edition = UUID.randomUUID();
        GroupId group = openEditionGroup.openFor(new EditionReference(edition, YEAR));
        PersonId person = PersonId.generate();

        listener.on(new ConferenceApplicationAccepted(edition, YEAR, person));

        assertThat(membership.isMember(group, person)).isTrue();
        assertThat(membership.isMember(group, PersonId.generate())).isFalse();
    }

    @Test
    void anAcceptanceThatOvertakesTheAnnouncementOpensTheGroupSoTheMembershipIsNotLost() {
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();

        listener.on(new ConferenceApplicationAccepted(edition, YEAR, person));

        assertThat(groupsOf(edition)).isEqualTo(1);
        GroupId group = openEditionGroup.openFor(new EditionReference(edition, YEAR));
        assertThat(groupsOf(edition)).as("the late announcement finds the group").isEqualTo(1);
        assertThat(membership.isMember(group, person)).isTrue();
    }

    @Test
    void theSameAcceptanceDeliveredTwiceOrAtOnceLeavesOneMembership() throws Exception {
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();
        ConferenceApplicationAccepted accepted = new ConferenceApplicationAccepted(edition, YEAR, person);
        listener.on(accepted);
        listener.on(accepted);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> deliveries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(() -> {
                    listener.on(accepted);
                    return null;
                });
            }
            for (Future<Void> delivery : pool.invokeAll(deliveries)) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM community.group_member m JOIN community.member_group g ON g.id = m.group_id
                 WHERE g.edition_id = ? AND m.person_id = ?
                """, Integer.class, edition, person.value())).isEqualTo(1);
    }

    @Test
    void aPersonWhoLeftIsNotAddedBackByALateRepeat() {
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();
        ConferenceApplicationAccepted accepted = new ConferenceApplicationAccepted(edition, YEAR, person);
        listener.on(accepted);
        GroupId group = openEditionGroup.openFor(new EditionReference(edition, YEAR));

        membership.leave(group, person);
        assertThat(membership.isMember(group, person)).isFalse();

        listener.on(accepted);
        assertThat(membership.isMember(group, person)).isFalse();
    }

    private int groupsOf(UUID edition) {
        return jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE edition_id = ?", Integer.class,
                edition);
    }
}
