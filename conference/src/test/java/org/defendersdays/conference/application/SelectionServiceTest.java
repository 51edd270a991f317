package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.defendersdays.conference.SelectionData;
import org.defendersdays.conference.SelectionData.Call;
import org.defendersdays.conference.application.port.in.DecideCommand;
import org.defendersdays.conference.application.port.in.StaleSelection;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Reviews;
import org.defendersdays.conference.application.port.out.SelectionDecisions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.conference.domain.selection.SelectionNotice;
import org.defendersdays.conference.domain.selection.SelectionNotice.Kind;
import org.defendersdays.conference.domain.selection.SelectionRuleViolation;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions, answers, expiry and promotion with a clock the test moves, against PostgreSQL (the
 * module's real stores), each use case in its own transaction as in the running app.
 */
@SpringBootTest
class SelectionServiceTest {

    @Autowired
    Reviews reviews;

    @Autowired
    SelectionDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final PersonId admin = PersonId.generate();
    private final List<Told> told = new CopyOnWriteArrayList<>();
    private final List<PersonId> accepted = new CopyOnWriteArrayList<>();
    /** The people whose workshop places were released because their place ended. */
    private final List<PersonId> released = new CopyOnWriteArrayList<>();
    private final CountingRevision revision = new CountingRevision();
    private final List<AuditEntry> audited = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-10T09:00:00Z"));

    private record Told(PersonId person, String language, SelectionNotice notice) {
    }

    private SelectionService service() {
        return new SelectionService(reviews, decisions, (person, language, notice) -> told.add(new Told(person,
                language, notice)), new ConferenceEvents() {
                    @Override
                    public void editionAnnounced(Edition edition) {
                    }

                    @Override
                    public void applicationAccepted(UUID editionId, int year, PersonId person) {
                        accepted.add(person);
                    }
                }, audited::add, (edition, person) -> released.add(person), revision, clock);
    }

    private void inTransaction(Runnable action) {
        transactions.executeWithoutResult(status -> action.run());
    }

    private void decide(SelectionData data, UUID application, Outcome outcome) {
        inTransaction(() -> service().decide(new DecideCommand(admin, application, outcome, data.version(application))));
    }

    private List<Kind> toldTo(PersonId person) {
        return told.stream().filter(t -> t.person().equals(person)).map(t -> t.notice().kind()).toList();
    }

    @Test
    void aDeclinedOrExpiredPlaceGoesToTheNextOnTheWaitlistWithMailAndEvent() {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2061, 2);
        List<PersonId> people = new ArrayList<>();
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PersonId person = PersonId.generate();
            people.add(person);
            applications.add(data.submitted(call, person.value(), "AFRICA", i == 0 ? "ar" : "es"));
        }
        decide(data, applications.get(0), Outcome.ACCEPTED);
        decide(data, applications.get(1), Outcome.ACCEPTED);
        assertThatThrownBy(() -> decide(data, applications.get(2), Outcome.ACCEPTED))
                .isInstanceOf(SelectionRuleViolation.class).hasMessage("selection.decision.error.full");
        decide(data, applications.get(2), Outcome.WAITLISTED);
        decide(data, applications.get(3), Outcome.WAITLISTED);
        decide(data, applications.get(4), Outcome.WAITLISTED);
        decide(data, applications.get(4), Outcome.DECLINED);

        assertThat(data.place(applications.get(0))).isEqualTo("OFFERED");
        assertThat(data.rank(applications.get(2))).isEqualTo(1);
        assertThat(data.rank(applications.get(3))).isEqualTo(2);
        assertThat(data.place(applications.get(4))).isEqualTo("DECLINED");
        assertThat(toldTo(people.get(0))).containsExactly(Kind.ACCEPTED);
        assertThat(told.get(0).language()).isEqualTo("ar");
        assertThat(toldTo(people.get(3))).containsExactly(Kind.WAITLISTED);
        assertThat(toldTo(people.get(4))).containsExactly(Kind.WAITLISTED, Kind.DECLINED);
        assertThat(accepted).containsExactly(people.get(0), people.get(1));

        // The first accepted person declines: rank 1 moves up, rank 2 becomes rank 1.
        inTransaction(() -> service().confirm(people.get(1), 2061));
        inTransaction(() -> service().decline(people.get(0), 2061));
        assertThat(data.place(applications.get(0))).isEqualTo("DECLINED");
        assertThat(released).as("a place that ends takes its workshop seats with it").containsExactly(people.get(0));
        assertThat(data.place(applications.get(2))).isEqualTo("OFFERED");
        assertThat(data.rank(applications.get(3))).isEqualTo(1);
        assertThat(toldTo(people.get(2))).containsExactly(Kind.WAITLISTED, Kind.PROMOTED);
        assertThat(accepted).containsExactly(people.get(0), people.get(1), people.get(2));

        // Nobody answers in time: the offer expires and the next one moves up, once, however often the job runs.
        clock.move(Duration.ofDays(14).plusMinutes(1));
        assertThatThrownBy(() -> inTransaction(() -> service().confirm(people.get(2), 2061)))
                .isInstanceOf(SelectionRuleViolation.class).hasMessage("selection.place.error.expired");
        assertThat(service().callsNeedingHousekeeping()).contains(call.callId());
        inTransaction(() -> assertThat(service().housekeep(call.callId())).isEqualTo(1));
        inTransaction(() -> assertThat(service().housekeep(call.callId())).isZero());
        assertThat(data.place(applications.get(2))).isEqualTo("EXPIRED");
        assertThat(data.place(applications.get(3))).isEqualTo("OFFERED");
        assertThat(data.place(applications.get(1))).isEqualTo("CONFIRMED");
        assertThat(toldTo(people.get(2))).containsExactly(Kind.WAITLISTED, Kind.PROMOTED, Kind.EXPIRED);
        assertThat(toldTo(people.get(3))).containsExactly(Kind.WAITLISTED, Kind.PROMOTED);
        assertThat(service().callsNeedingHousekeeping()).doesNotContain(call.callId());
        assertThat(audited).extracting(AuditEntry::action).contains("conference.selection.decided",
                "conference.place.confirmed", "conference.place.declined", "conference.place.expired",
                "conference.selection.promoted");
    }

    @Test
    void aHardQuotaBoundsARegionAStaleDecisionIsRefusedAndTheWaitlistCanBeReordered() {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2062, 10);
        data.quota(call, "AFRICA", "QUOTA", 1);
        UUID first = data.submitted(call, UUID.randomUUID(), "AFRICA", "en");
        UUID second = data.submitted(call, UUID.randomUUID(), "AFRICA", "en");
        UUID third = data.submitted(call, UUID.randomUUID(), "AMERICAS", "en");

        decide(data, first, Outcome.ACCEPTED);
        assertThatThrownBy(() -> decide(data, second, Outcome.ACCEPTED)).isInstanceOf(SelectionRuleViolation.class)
                .hasMessage("selection.decision.error.quota");
        decide(data, third, Outcome.ACCEPTED);

        long seen = data.version(first);
        decide(data, first, Outcome.WAITLISTED);
        assertThatThrownBy(() -> inTransaction(() -> service().decide(new DecideCommand(admin, first,
                Outcome.DECLINED, seen)))).isInstanceOf(StaleSelection.class);
        assertThat(data.place(first)).isEqualTo("WAITLISTED");

        // Both wait now, in the order they were waitlisted; an admin swaps them.
        decide(data, second, Outcome.WAITLISTED);
        assertThat(data.rank(first)).isEqualTo(1);
        assertThat(data.rank(second)).isEqualTo(2);
        inTransaction(() -> service().moveOnWaitlist(admin, second, true));
        assertThat(data.rank(second)).isEqualTo(1);
        assertThat(data.rank(first)).isEqualTo(2);
    }

    @Test
    void aWithdrawnApplicationGivesItsPlaceBackToTheWaitlist() {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2063, 1);
        PersonId holder = PersonId.generate();
        PersonId waiting = PersonId.generate();
        UUID held = data.submitted(call, holder.value(), "EUROPE_CENTRAL_ASIA", "ru");
        UUID next = data.submitted(call, waiting.value(), "EUROPE_CENTRAL_ASIA", "fr");
        decide(data, held, Outcome.ACCEPTED);
        inTransaction(() -> service().confirm(holder, 2063));
        decide(data, next, Outcome.WAITLISTED);

        data.withdraw(held);
        assertThat(service().callsNeedingHousekeeping()).contains(call.callId());
        inTransaction(() -> service().housekeep(call.callId()));

        assertThat(data.place(held)).isEqualTo("DECLINED");
        assertThat(data.place(next)).isEqualTo("OFFERED");
        assertThat(toldTo(waiting)).containsExactly(Kind.WAITLISTED, Kind.PROMOTED);
        assertThat(service().place(holder, 2063)).isEmpty();
        assertThat(service().place(waiting, 2063).orElseThrow().decision().orElseThrow().confirmBy())
                .contains(clock.instant().plus(Duration.ofDays(14)));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
