package org.defendersdays.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PrepareForConferenceUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conference accepts a person: the community adds them to the edition's group, and the bootcamp
 * offers them the edition's preparation programme. With Spring Modulith's {@code Scenario}, and end
 * to end through the outbox in PostgreSQL, including a second delivery of the same event.
 */
@PlatformTest
class ApplicationAcceptedFlowTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CreateProgrammeUseCase create;

    @Autowired
    PublishProgrammeUseCase publish;

    @Autowired
    PrepareForConferenceUseCase preparation;

    private void preparationFor(int year) {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = ?", year);
        ProgrammeId programme = create.create(new CreateProgrammeCommand(
                new ProgrammeSlug("prep-" + UUID.randomUUID().toString().substring(0, 8)),
                new ProgrammeOutline("Preparing for " + year, "Before the conference.", DeliveryFormat.LIVE_ONLINE, 2,
                        List.of(new Language("en")), List.of())));
        publish.publish(programme);
        preparation.prepareFor(programme, Optional.of(year), PersonId.generate());
    }

    private int memberships(UUID edition, PersonId person) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM community.group_member m JOIN community.member_group g ON g.id = m.group_id
                 WHERE g.edition_id = ? AND m.person_id = ? AND m.left_at IS NULL
                """, Integer.class, edition, person.value());
    }

    private int offers(PersonId person) {
        return jdbc.queryForObject("SELECT count(*) FROM bootcamp.programme_offer WHERE person_id = ?", Integer.class,
                person.value());
    }

    private int pendingFor(PersonId person) {
        return jdbc.queryForObject("SELECT count(*) FROM events.event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + person.value() + "%");
    }

    @Test
    void anAcceptanceAddsThePersonToTheGroupAndOffersThePreparation(Scenario scenario) {
        preparationFor(2121);
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();

        scenario.publish(new ConferenceApplicationAccepted(edition, 2121, person))
                .andWaitForStateChange(() -> memberships(edition, person) + offers(person), total -> total == 2)
                .andVerify(total -> {
                    assertThat(memberships(edition, person)).isEqualTo(1);
                    assertThat(offers(person)).isEqualTo(1);
                });
    }

    @Test
    void endToEndThroughTheOutboxASecondDeliveryChangesNothing() {
        preparationFor(2122);
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();
        ConferenceApplicationAccepted accepted = new ConferenceApplicationAccepted(edition, 2122, person);

        transaction.executeWithoutResult(status -> events.publishEvent(accepted));
        await().atMost(Duration.ofSeconds(10)).until(() -> memberships(edition, person) == 1 && offers(person) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(person) == 0);

        // At-least-once delivery: the same event arrives again through the outbox.
        transaction.executeWithoutResult(status -> events.publishEvent(accepted));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(person) == 0);
        assertThat(memberships(edition, person)).isEqualTo(1);
        assertThat(offers(person)).isEqualTo(1);
    }

    @Test
    void withoutAPreparationProgrammeOnlyTheGroupChanges() {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = ?", 2123);
        UUID edition = UUID.randomUUID();
        PersonId person = PersonId.generate();

        transaction.executeWithoutResult(status -> events.publishEvent(
                new ConferenceApplicationAccepted(edition, 2123, person)));
        await().atMost(Duration.ofSeconds(10)).until(() -> memberships(edition, person) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(person) == 0);
        assertThat(offers(person)).isZero();
    }
}
