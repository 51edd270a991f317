package org.defendersdays.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.testing.PlatformTest;
import org.defendersdays.workshops.WorkshopCrowd.Answer;
import org.defendersdays.workshops.WorkshopCrowd.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Capacity is exact under concurrency, end to end: 500 confirmed participants, each signed in with
 * their own session, sign up for one 30-seat workshop at the same moment through real HTTP against
 * the running server and PostgreSQL. Exactly 30 get a seat, the other 470 are waitlisted at positions
 * 1..470 in the order their sign-ups were accepted (got the workshop's lock), nobody twice, no 5xx;
 * and what each person is told on their page matches what was stored. {@link NaiveWorkshopCapacityTest}
 * runs the same against a check-then-insert implementation and sees it oversell. Year 2106.
 */
@PlatformTest
class WorkshopCapacityTest {

    static final int PEOPLE = 500;
    static final int SEATS = 30;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveHundredConcurrentSignUpsFillExactlyThirtySeatsAndQueueTheRestInArrivalOrder() throws Exception {
        WorkshopData data = new WorkshopData(jdbc, 2106);
        UUID workshop = data.workshop("Digital security clinic", 9, 12, SEATS);
        WorkshopCrowd crowd = new WorkshopCrowd(port);
        long signingIn = System.nanoTime();
        List<Person> people = WorkshopCrowd.participants(port, mvc, jdbc, data, PEOPLE);
        System.out.println("WORKSHOP-CAPACITY crowd signed in (or reused) in " + (System.nanoTime() - signingIn) / 1_000_000 + "ms");

        long started = System.nanoTime();
        List<Answer> answers = crowd.signUpAtOnce(data, workshop, people);
        CapacityRun run = CapacityRun.of("real", jdbc, workshop, answers,
                (System.nanoTime() - started) / 1_000_000);
        run.record();

        assertThat(answers).hasSize(PEOPLE).allSatisfy(answer -> {
            assertThat(answer.status()).as("answer to a sign-up").isEqualTo(302);
            assertThat(answer.location()).endsWith(WorkshopCrowd.programme(data));
        });
        assertThat(run.serverErrors()).isZero();
        assertThat(run.confirmed()).isEqualTo(SEATS);
        assertThat(run.waitlisted()).isEqualTo(PEOPLE - SEATS);
        assertThat(run.rows()).isEqualTo(PEOPLE);
        assertThat(run.distinctPeople()).isEqualTo(PEOPLE);
        assertThat(run.byArrival().subList(0, SEATS)).as("the first 30 to arrive hold the seats")
                .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("CONFIRMED"));
        run.assertArrivalTimesFollowArrivalNumbers();

        // What people are told: the notice after their sign-up (kept for their next page) and their
        // current place, for the first, the last and every 23rd person waiting.
        Map<UUID, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<UUID> waitlist = run.waitlistInArrivalOrder();
        List<Integer> sample = new java.util.ArrayList<>();
        for (int position = 1; position <= waitlist.size(); position += 23) {
            sample.add(position);
        }
        sample.add(waitlist.size());
        for (int position : sample) {
            String page = page(data, byId.get(waitlist.get(position - 1)));
            assertThat(page).contains("you are on its waitlist, at position " + position + ".",
                    "On the waitlist, position " + position + "<");
        }
        UUID seated = (UUID) run.byArrival().get(0).get("person_id");
        assertThat(page(data, byId.get(seated))).contains("You have a seat in the workshop.", "0 of 30 seats left",
                "470 waiting");
    }

    private String page(WorkshopData data, Person person) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + WorkshopCrowd.programme(data)))
                .header("Cookie", person.cookie()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
