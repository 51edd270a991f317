package org.defendersdays.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.WorkshopSeats;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SeatStatus;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.workshops.WorkshopCrowd.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The control run of {@link WorkshopCapacityTest}: the same 500 concurrent sign-ups for a 30-seat
 * workshop over HTTP, but against a deliberately naive seat store that counts the seats taken, then
 * inserts (check-then-insert in Java, no lock). It must oversell, which shows the real test can
 * catch the bug. This test runs in its own application context (the naive store is @Primary there
 * only). Year 2107.
 */
@PlatformTest
@Import(NaiveWorkshopCapacityTest.NaiveSeatsConfiguration.class)
class NaiveWorkshopCapacityTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCheckThenInsertStoreOversellsTheSameBurst() throws Exception {
        WorkshopData data = new WorkshopData(jdbc, 2107);
        UUID workshop = data.workshop("Digital security clinic", 9, 12, WorkshopCapacityTest.SEATS);
        WorkshopCrowd crowd = new WorkshopCrowd(port);
        long signingIn = System.nanoTime();
        var people = WorkshopCrowd.participants(port, mvc, jdbc, data, WorkshopCapacityTest.PEOPLE);
        System.out.println("WORKSHOP-CAPACITY crowd signed in (or reused) in " + (System.nanoTime() - signingIn) / 1_000_000 + "ms");

        long started = System.nanoTime();
        List<Answer> answers = crowd.signUpAtOnce(data, workshop, people);
        CapacityRun run = CapacityRun.of("naive", jdbc, workshop, answers, (System.nanoTime() - started) / 1_000_000);
        run.record();

        assertThat(run.confirmed()).as("the naive store oversells").isGreaterThan(WorkshopCapacityTest.SEATS);
        assertThat(run.rows()).isEqualTo(WorkshopCapacityTest.PEOPLE);
    }

    /** Puts the naive store in front of the real one, for this test's context only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NaiveSeatsConfiguration {

        @Bean
        @Primary
        WorkshopSeats naiveWorkshopSeats(@Qualifier("jdbcWorkshopSeats") WorkshopSeats real, JdbcTemplate jdbc) {
            return new NaiveWorkshopSeats(real, jdbc);
        }
    }

    /**
     * Takes a seat the naive way: reads how many are taken, then inserts, with nothing holding the
     * workshop in between. The race window is widened by a pause of 20 to 80 ms between the check
     * and the insert (what a slow request, a GC pause or a busy database does in production, only
     * reliably). The pause varies so that the transactions in flight (as many as the connection pool
     * holds) do not move in lock-step batches, which could land on exactly 30 by chance: whoever is
     * in flight when the 30th seat is taken has already counted fewer than 30, and takes one more.
     * Everything else is the real store's.
     */
    static final class NaiveWorkshopSeats implements WorkshopSeats {

        private final WorkshopSeats real;
        private final JdbcTemplate jdbc;

        NaiveWorkshopSeats(WorkshopSeats real, JdbcTemplate jdbc) {
            this.real = real;
            this.jdbc = jdbc;
        }

        @Override
        public SeatStatus take(PersonId person, EditionId edition, List<SessionId> series) {
            SessionId first = series.get(0);
            int seats = jdbc.queryForObject("SELECT seats FROM conference.programme_session WHERE id = ?",
                    Integer.class, first.value());
            int taken = jdbc.queryForObject(
                    "SELECT count(*) FROM conference.workshop_seat WHERE session_id = ? AND status = 'CONFIRMED'",
                    Integer.class, first.value());
            SeatStatus status = taken < seats ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
            try {
                Thread.sleep(20 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (SessionId part : series) {
                jdbc.update("""
                        INSERT INTO conference.workshop_seat (session_id, person_id, edition_id, status, arrival, joined_at)
                        VALUES (?, ?, ?, ?, nextval('conference.workshop_arrival'), clock_timestamp())""",
                        part.value(), person.value(), edition.value(), status.name());
            }
            return status;
        }

        @Override
        public void holdProgrammeOf(PersonId person) {
            real.holdProgrammeOf(person);
        }

        @Override
        public List<PersonId> giveUp(PersonId person, List<SessionId> series) {
            return real.giveUp(person, series);
        }

        @Override
        public List<Place> placesOf(PersonId person, EditionId edition) {
            return real.placesOf(person, edition);
        }

        @Override
        public Map<SessionId, SeatLoad> loadOf(EditionId edition) {
            return real.loadOf(edition);
        }

        @Override
        public List<SessionId> confirmedOf(PersonId person) {
            return real.confirmedOf(person);
        }
    }
}
