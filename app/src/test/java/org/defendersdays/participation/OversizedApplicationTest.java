package org.defendersdays.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defendersdays.identity.Accounts;
import org.defendersdays.testing.Applications;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * An application form sent far over the server's limit, through real HTTP as a browser would send
 * it: the member is told it was too large (413, the platform's own page, in their language), nothing
 * breaks, and the draft already stored is exactly as it was. Year 2126.
 */
@PlatformTest
class OversizedApplicationTest {

    private static final int YEAR = 2126;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void anOversizedFormIsToldTooLargeAndTheStoredDraftIsKept() throws Exception {
        UUID edition = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO conference.edition (id, year, city, status, version) VALUES (?, ?, 'Stockholm', "
                + "'ANNOUNCED', 1)", edition, YEAR);
        jdbc.update("INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, "
                + "version) VALUES (?, ?, ?, ?, 20, 1)", call, edition, Timestamp.from(now.minus(Duration.ofDays(1))),
                Timestamp.from(now.plus(Duration.ofDays(30))));
        String email = Accounts.verified(mvc, "Oversize");
        Cookie session = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        UUID draft = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.application (id, call_id, edition_id, applicant, status, hopes_to_learn, "
                + "message_language, created_at, version) VALUES (?, ?, ?, ?, 'DRAFT', 'Kept as it was', 'fr', now(), 1)",
                draft, call, edition, Applications.personWith(jdbc, email));
        String cookie = session.getName() + "=" + session.getValue();

        HttpResponse<String> form = send(HttpRequest.newBuilder(page()).header("Cookie", cookie).GET());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Kept as it was");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();

        String huge = "_csrf=" + csrf.group(1) + "&hopesToLearn=" + "A".repeat(3 * 1024 * 1024);
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(page()).header("Cookie", cookie)
                .header("Accept", "text/html").header("Accept-Language", "fr")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("trop volumineux").doesNotContain("Exception");
        assertThat(jdbc.queryForMap("SELECT status, hopes_to_learn, version FROM conference.application WHERE id = ?",
                draft)).containsEntry("status", "DRAFT").containsEntry("hopes_to_learn", "Kept as it was")
                .containsEntry("version", 1L);
        assertThat(send(HttpRequest.newBuilder(page()).header("Cookie", cookie).GET()).body())
                .contains("Kept as it was");
    }

    private URI page() {
        return URI.create("http://localhost:" + port + "/conference/editions/" + YEAR + "/application");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
