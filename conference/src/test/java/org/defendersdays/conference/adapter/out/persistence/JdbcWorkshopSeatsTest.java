package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.defendersdays.conference.WorkshopFixtures;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SeatStatus;
import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workshop places against the real PostgreSQL: a burst of parallel sign-ups never oversells a
 * workshop, the waitlist follows the order in which sign-ups got the workshop's lock, leaving
 * promotes in that order, and a series has only the seats its smallest part has. Year 2044.
 */
@SpringBootTest(properties = "spring.messages.basename=i18n/conference,i18n/workshops")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcWorkshopSeatsTest {

    private static final int YEAR = 2044;

    @Autowired
    JdbcWorkshopSeats seats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    WorkshopFixtures fixtures;
    EditionId edition;

    @BeforeAll
    void edition() {
        fixtures = new WorkshopFixtures(jdbc);
        edition = fixtures.publishedEdition(YEAR);
    }

    private SeatStatus take(PersonId person, List<SessionId> series) {
        return transactions.execute(status -> {
            seats.holdProgrammeOf(person);
            return seats.take(person, edition, series);
        });
    }

    @Test
    void aParallelBurstFillsExactlyTheSeatsAndQueuesTheRestInArrivalOrder() throws Exception {
        SessionId workshop = fixtures.workshop(edition, "Burst", 1, 9, 11, 10);
        List<PersonId> people = IntStream.range(0, 80).mapToObj(i -> fixtures.confirmedParticipant(edition, "en"))
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SeatStatus>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        for (PersonId person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return take(person, List.of(workshop));
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<SeatStatus> statuses = new ArrayList<>();
        for (Future<SeatStatus> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).filteredOn(SeatStatus.CONFIRMED::equals).hasSize(10);
        assertThat(statuses).filteredOn(SeatStatus.WAITLISTED::equals).hasSize(70);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT status, arrival, joined_at FROM conference.workshop_seat WHERE session_id = ? ORDER BY arrival""",
                workshop.value());
        assertThat(rows).hasSize(80);
        assertThat(rows.subList(0, 10)).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("CONFIRMED"));
        assertThat(rows.subList(10, 80)).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("WAITLISTED"));
        for (int i = 1; i < rows.size(); i++) {
            assertThat((Timestamp) rows.get(i).get("joined_at"))
                    .as("arrival order is the order the lock was granted").isAfterOrEqualTo((Timestamp) rows.get(i - 1)
                            .get("joined_at"));
        }
        List<Integer> positions = people.stream().flatMap(person -> seats.placesOf(person, edition).stream())
                .filter(place -> place.status() == SeatStatus.WAITLISTED).map(Place::waitlistPosition).sorted()
                .toList();
        assertThat(positions).isEqualTo(IntStream.rangeClosed(1, 70).boxed().toList());
        assertThat(seats.loadOf(edition).get(workshop)).isEqualTo(new JdbcWorkshopSeats.SeatLoad(10, 70));
    }

    @Test
    void theSamePersonCannotHoldTwoPlacesInOneWorkshop() {
        SessionId workshop = fixtures.workshop(edition, "Twice", 2, 9, 11, 10);
        PersonId person = fixtures.confirmedParticipant(edition, "en");
        take(person, List.of(workshop));
        assertThatThrownBy(() -> take(person, List.of(workshop))).isInstanceOfSatisfying(SignUpRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.ALREADY_SIGNED_UP));
        assertThat(seats.loadOf(edition).get(workshop)).isEqualTo(new JdbcWorkshopSeats.SeatLoad(1, 0));
    }

    @Test
    void givingUpPromotesInArrivalOrderAndASeriesHasTheSeatsOfItsSmallestPart() {
        SessionId one = fixtures.workshop(edition, "Series", 3, 9, 11, 3);
        SessionId two = fixtures.workshop(edition, "Series II", 3, 13, 15, 1, one);
        List<PersonId> people = IntStream.range(0, 4).mapToObj(i -> fixtures.confirmedParticipant(edition, "en"))
                .toList();
        List<SeatStatus> statuses = people.stream().map(person -> take(person, List.of(one, two))).toList();
        assertThat(statuses).containsExactly(SeatStatus.CONFIRMED, SeatStatus.WAITLISTED, SeatStatus.WAITLISTED,
                SeatStatus.WAITLISTED);

        List<PersonId> promoted = transactions.execute(status -> seats.giveUp(people.get(0), List.of(one, two)));
        assertThat(promoted).containsExactly(people.get(1));
        assertThat(seats.placesOf(people.get(1), edition)).extracting(Place::status)
                .containsExactly(SeatStatus.CONFIRMED, SeatStatus.CONFIRMED);
        assertThat(seats.placesOf(people.get(3), edition)).extracting(Place::waitlistPosition).containsOnly(2);
        assertThat(seats.confirmedOf(people.get(1))).containsExactlyInAnyOrder(one, two);
        assertThatThrownBy(() -> transactions.execute(status -> seats.giveUp(people.get(0), List.of(one, two))))
                .isInstanceOf(SignUpRefused.class);
    }
}
