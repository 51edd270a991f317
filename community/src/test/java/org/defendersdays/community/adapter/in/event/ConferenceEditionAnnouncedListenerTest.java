package org.defendersdays.community.adapter.in.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Against the real PostgreSQL test database; every test announces an edition of its own. */
@SpringBootTest
class ConferenceEditionAnnouncedListenerTest {

    private static final int DELIVERIES_AT_ONCE = 8;

    @Autowired
    ConferenceEditionAnnouncedListener listener;

    @Autowired
    Groups groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anAnnouncementOpensTheEditionsParticipantGroup() {
        ConferenceEditionAnnounced announced = anyAnnouncement();

        listener.on(announced);

        assertThat(groups.findByEdition(announced.editionId()))
                .hasValueSatisfying(group -> assertThat(group.edition())
                        .contains(new EditionReference(announced.editionId(), announced.year())));
    }

    @Test
    void aDuplicateDeliveryStillLeavesOneGroup() {
        ConferenceEditionAnnounced announced = anyAnnouncement();

        listener.on(announced);
        listener.on(announced);

        assertThat(groupsFor(announced)).isEqualTo(1);
    }

    @Test
    void simultaneousDeliveriesLeaveOneGroupAndRaiseNothing() throws InterruptedException {
        ConferenceEditionAnnounced announced = anyAnnouncement();
        CountDownLatch ready = new CountDownLatch(DELIVERIES_AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(DELIVERIES_AT_ONCE);
        try {
            for (int i = 0; i < DELIVERIES_AT_ONCE; i++) {
                threads.execute(() -> {
                    ready.countDown();
                    try {
                        go.await();
                        listener.on(announced);
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                });
            }
            ready.await();
            go.countDown();
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).as("all deliveries finished").isTrue();
        }

        assertThat(failures).isEmpty();
        assertThat(groupsFor(announced)).isEqualTo(1);
    }

    /** The real path: published inside the conference's transaction, handled after it commits. */
    @Test
    void anAnnouncementPublishedInATransactionReachesTheListenerAfterCommit() {
        ConferenceEditionAnnounced announced = anyAnnouncement();

        transaction.executeWithoutResult(status -> events.publishEvent(announced));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(groupsFor(announced)).isEqualTo(1));
    }

    @Test
    void anAnnouncementRolledBackOpensNoGroup() {
        ConferenceEditionAnnounced announced = anyAnnouncement();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(announced);
            status.setRollbackOnly();
        });

        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(groupsFor(announced)).isZero());
    }

    private int groupsFor(ConferenceEditionAnnounced announced) {
        return jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE edition_id = ?", Integer.class,
                announced.editionId());
    }

    private static ConferenceEditionAnnounced anyAnnouncement() {
        return new ConferenceEditionAnnounced(UUID.randomUUID(), ThreadLocalRandom.current().nextInt(2013, 2201));
    }
}
