package org.defendersdays.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first cross-module flow: the conference announces an edition, the community opens that
 * edition's participant group. Through the real outbox in PostgreSQL, delivered after commit.
 */
@PlatformTest
class EditionAnnouncedFlowTest {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2150);

    @Autowired
    PlanEditionUseCase plan;

    @Autowired
    AnnounceEditionUseCase announce;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private EditionId plannedEdition(int year) {
        return plan.plan(new PlanEditionCommand(year, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
    }

    private int groupsFor(UUID editionId) {
        return jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE edition_id = ?",
                Integer.class, editionId);
    }

    private int pendingPublications() {
        return jdbc.queryForObject("SELECT count(*) FROM events.event_publication", Integer.class);
    }

    @Test
    void announcingAnEditionPublishesTheEventAndOpensItsGroup(Scenario scenario) {
        int year = NEXT_YEAR.getAndIncrement();
        EditionId edition = plannedEdition(year);

        scenario.stimulate(() -> announce.announce(edition))
                .andWaitForEventOfType(ConferenceEditionAnnounced.class)
                .matching(event -> event.editionId().equals(edition.value()))
                .toArriveAndVerify(event -> assertThat(event.year()).isEqualTo(year));

        scenario.stimulate(() -> { })
                .andWaitForStateChange(() -> groupsFor(edition.value()), count -> count == 1)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    @Test
    void endToEndTheOutboxDeliversOnceAndForgetsCompletedPublications() {
        EditionId edition = plannedEdition(NEXT_YEAR.getAndIncrement());

        announce.announce(edition);

        await().atMost(Duration.ofSeconds(10)).until(() -> groupsFor(edition.value()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingPublications() == 0);
    }

    @Test
    void aDuplicateDeliveryOfTheSameEventStillLeavesOneGroup() {
        int year = NEXT_YEAR.getAndIncrement();
        EditionId edition = plannedEdition(year);
        announce.announce(edition);
        await().atMost(Duration.ofSeconds(10)).until(() -> groupsFor(edition.value()) == 1);

        // At-least-once delivery: the same event arrives again through the outbox.
        transaction.executeWithoutResult(status -> events.publishEvent(
                new ConferenceEditionAnnounced(edition.value(), year)));

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingPublications() == 0);
        assertThat(groupsFor(edition.value())).isEqualTo(1);
    }
}
