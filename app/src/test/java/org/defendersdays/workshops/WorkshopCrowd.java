package org.defendersdays.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.defendersdays.identity.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Many people, each signed in with their own session through the real sign-in form, who then all
 * sign up for one workshop at the same moment over real HTTP.
 *
 * <p>How the accounts are made cheaply and honestly: one account is registered and verified through
 * the real pages and mail, which gives a real Argon2id hash of the test password; the other
 * accounts are inserted with that same encoded hash (salt and parameters included, so the same
 * password verifies against it). Each person then signs in through {@code POST
 * /login} like a browser, so every request later carries a real Spring Session from PostgreSQL and a
 * real CSRF token of that session (read from a signed-in page). Nothing in production is bypassed or
 * weakened: the sign-in throttle stays on (sign-ins run a few at a time from one address, and a
 * successful sign-in gives its attempt back), and each sign-in pays the full Argon2id cost.
 */
final class WorkshopCrowd {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SESSION_COOKIE = Accounts.SESSION_COOKIE + "=";

    /** One signed-in person: their account id, session cookie and a CSRF token of that session. */
    record Person(UUID id, String cookie, String csrf) {
    }

    /** What one sign-up request got back, and when (nanoTime) it was sent and answered. */
    record Answer(Person person, int status, String location, long sentAt, long answeredAt) {
    }

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    WorkshopCrowd(int port) {
        this.port = port;
    }

    /**
     * The crowd, signed in once per test JVM: sessions live in PostgreSQL (Spring Session JDBC), so
     * every instance of the platform on the test database accepts them, as a second production
     * instance behind a load balancer would. The real and the control run (each its own application
     * context and server) share it, so the Argon2id cost of 500 sign-ins is paid once.
     */
    private static List<Person> crowd;

    /** {@code count} signed-in people, each given a confirmed place at the edition. */
    static synchronized List<Person> participants(int port, MockMvc mvc, JdbcTemplate jdbc, WorkshopData data,
            int count) throws Exception {
        if (crowd == null || crowd.size() != count) {
            crowd = new WorkshopCrowd(port).signedInPeople(mvc, jdbc, count);
        }
        for (Person person : crowd) {
            data.confirmedPlace(person.id(), "en");
        }
        return crowd;
    }

    /** Makes {@code count} accounts and signs each in, a few at a time, through the sign-in form. */
    private List<Person> signedInPeople(MockMvc mvc, JdbcTemplate jdbc, int count) throws Exception {
        String model = Accounts.verified(mvc, "Crowd model");
        String hash = jdbc.queryForObject("SELECT password_hash FROM identity.account WHERE email = ?", String.class,
                model);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "crowd-" + UUID.randomUUID().toString().substring(0, 13) + "@example.org";
            jdbc.update("""
                    INSERT INTO identity.account (id, email, display_name, password_hash, status, roles, registered_at,
                        version)
                    VALUES (?, ?, ?, ?, 'ACTIVE', '{MEMBER}', now(), 0)""", UUID.randomUUID(), email,
                    "Participant " + i, hash);
            emails.add(email);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Person>> people = new ArrayList<>();
        for (String email : emails) {
            people.add(pool.submit(() -> signIn(email, jdbc)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        List<Person> signedIn = new ArrayList<>();
        for (Future<Person> person : people) {
            signedIn.add(person.get());
        }
        return signedIn;
    }

    private Person signIn(String email, JdbcTemplate jdbc) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        String anonymous = cookie(form, null);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("email", email, "password", Accounts.STRONG_PASSWORD, "_csrf", csrf(form.body()))))
                .build());
        assertThat(signedIn.statusCode()).as("sign-in of a crowd member").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/account");
        String session = cookie(signedIn, anonymous);
        // The session's CSRF token, from the sign-out form every signed-in page carries.
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/account")).header("Cookie", session).GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(200);
        UUID id = jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email);
        return new Person(id, session, csrf(page.body()));
    }

    static String programme(WorkshopData data) {
        return "/conference/editions/" + data.year + "/my-programme";
    }

    /** Everyone sends their sign-up at once (one thread each, released together by a latch). */
    List<Answer> signUpAtOnce(WorkshopData data, UUID workshop, List<Person> people) throws Exception {
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<Answer>> answers = new ArrayList<>();
        for (Person person : people) {
            answers.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri(programme(data) + "/sign-up"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Cookie", person.cookie())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("session", workshop.toString(), "_csrf", person.csrf())))
                        .build();
                ready.countDown();
                start.await();
                long sent = System.nanoTime();
                HttpResponse<String> response = send(request);
                return new Answer(person, response.statusCode(), response.headers().firstValue("Location").orElse(""),
                        sent, System.nanoTime());
            }));
        }
        ready.await();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        List<Answer> result = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            result.add(answer.get());
        }
        return result;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    /** The session cookie the response set (as "name=value"), or the one sent if it set none. */
    private static String cookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(SESSION_COOKIE))
                .map(value -> value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')))
                .findFirst().orElseGet(() -> {
                    if (previous == null) {
                        throw new AssertionError("no session cookie was set");
                    }
                    return previous;
                });
    }
}
