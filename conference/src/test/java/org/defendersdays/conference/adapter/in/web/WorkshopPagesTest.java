package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.WorkshopFixtures;
import org.defendersdays.conference.application.WorkshopSignUpService;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The personal programme pages in the module alone (no Spring Security: the signed-in person is the
 * test application's organiser, made a confirmed participant of 2046 and of nothing in 2047): what
 * they show, what signing up and leaving answer, every bad input as a 4xx (never a 500), and the
 * private calendar address. Who may reach them is the app's access-matrix test's concern.
 */
@SpringBootTest(properties = "spring.messages.basename=i18n/conference,i18n/workshops")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopPagesTest {

    private static final int YEAR = 2046;
    private static final int OTHER_YEAR = 2047;
    private static final String PAGE = "/conference/editions/" + YEAR + "/my-programme";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkshopSignUpService service;

    WorkshopFixtures fixtures;
    EditionId edition;
    EditionId otherEdition;

    @BeforeAll
    void editions() {
        fixtures = new WorkshopFixtures(jdbc);
        edition = fixtures.publishedEdition(YEAR);
        fixtures.makeConfirmedParticipant(edition, ConferenceTestApplication.ORGANISER.id(), "en");
        otherEdition = fixtures.publishedEdition(OTHER_YEAR);
    }

    private record Page(int status, String body, String redirect, MvcResult result) {
    }

    private Page perform(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), result);
    }

    private static java.util.Map<String, Object> flash(Page page) {
        return new java.util.HashMap<>(page.result().getFlashMap());
    }

    private Page signUp(String session) throws Exception {
        return perform(post(PAGE + "/sign-up").param("session", session));
    }

    @Test
    void aParticipantSignsUpAndSeesTheirSeatAndTheButtonToLeave() throws Exception {
        SessionId workshop = fixtures.workshop(edition, "Open lab", 1, 9, 10, 10);
        Page before = perform(get(PAGE));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("My programme at Defenders&#39; Days 2046", "Open lab",
                "10 of 10 seats left", "<button type=\"submit\">Sign up for Open lab</button>",
                "name=\"session\" value=\"" + workshop + "\"");

        Page signedUp = signUp(workshop.toString());
        assertThat(signedUp.status()).isEqualTo(302);
        assertThat(signedUp.redirect()).isEqualTo(PAGE);
        assertThat(flash(signedUp)).containsEntry("notice", "workshops.signedUp");

        Page after = perform(get(PAGE));
        assertThat(after.body()).contains("You have a seat", "9 of 10 seats left", "Leave Open lab")
                .doesNotContain("Sign up for Open lab");

        Page left = perform(post(PAGE + "/leave").param("session", workshop.toString()));
        assertThat(left.status()).isEqualTo(302);
        assertThat(flash(left)).containsEntry("notice", "workshops.left");
        assertThat(perform(get(PAGE)).body()).contains("10 of 10 seats left");
    }

    @Test
    void aFullWorkshopOffersItsWaitlistAndTellsThePosition() throws Exception {
        SessionId workshop = fixtures.workshop(edition, "Small circle", 1, 11, 12, 1);
        service.signUp(fixtures.confirmedParticipant(edition, "en"), YEAR, workshop);
        assertThat(perform(get(PAGE)).body()).contains("0 of 1 seats left", "Join the waitlist for Small circle");

        Page waitlisted = signUp(workshop.toString());
        assertThat(waitlisted.status()).isEqualTo(302);
        assertThat(flash(waitlisted)).containsEntry("notice", "workshops.waitlisted")
                .containsEntry("noticeArgument", 1);
        assertThat(perform(get(PAGE)).body()).contains("On the waitlist, position 1",
                "Leave the waitlist for Small circle");
    }

    @Test
    void signingUpTwiceForAClashOrForALaterPartIsExplainedOnThePage() throws Exception {
        SessionId repeat = fixtures.workshop(edition, "Repeat", 1, 13, 14, 10);
        SessionId morning = fixtures.workshop(edition, "Clash A", 2, 9, 11, 10);
        SessionId overlapping = fixtures.workshop(edition, "Clash B", 2, 10, 12, 10);
        SessionId first = fixtures.workshop(edition, "Series", 3, 9, 10, 10);
        SessionId second = fixtures.workshop(edition, "Series II", 3, 11, 12, 10, first);

        signUp(repeat.toString());
        Page twice = signUp(repeat.toString());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("role=\"alert\"", "You are already signed up for Repeat.");

        signUp(morning.toString());
        Page clash = signUp(overlapping.toString());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body()).contains("This workshop overlaps Clash A, which is already in your programme.");

        Page later = signUp(second.toString());
        assertThat(later.status()).isEqualTo(409);
        assertThat(later.body()).contains("Sign up for its first part, Series: it includes every part.");
        assertThat(perform(get(PAGE)).body()).contains("Series II (part 2 of 2)",
                "This part is included when you sign up for the first part.");

        Page notHeld = perform(post(PAGE + "/leave").param("session", overlapping.toString()));
        assertThat(notHeld.status()).isEqualTo(409);
        assertThat(notHeld.body()).contains("You are not signed up for Clash B.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.workshop_seat WHERE session_id = ?",
                Integer.class, overlapping.value())).isZero();
    }

    @Test
    void tamperedAndUnknownIdsAreClientErrorsNeverServerErrors() throws Exception {
        SessionId panel = fixtures.panel(edition, "Opening panel", 4, 9, 10);
        SessionId otherWorkshop = fixtures.workshop(otherEdition, "Elsewhere", 1, 9, 10, 5);

        assertThat(signUp("not-a-uuid").status()).isEqualTo(400);
        assertThat(signUp("0' OR '1'='1").status()).isEqualTo(400);
        assertThat(perform(post(PAGE + "/sign-up")).status()).isEqualTo(400);
        assertThat(signUp(UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(signUp(panel.toString()).status()).isEqualTo(404);
        assertThat(signUp(otherWorkshop.toString()).status()).as("a workshop of another edition").isEqualTo(404);
        assertThat(perform(post(PAGE + "/leave").param("session", UUID.randomUUID().toString())).status())
                .isEqualTo(404);
        assertThat(perform(get("/conference/editions/2199/my-programme")).status()).isEqualTo(404);
        assertThat(perform(get("/conference/editions/twenty/my-programme")).status()).isEqualTo(400);
    }

    @Test
    void someoneWithoutAConfirmedPlaceIsToldSoAndCannotSignUp() throws Exception {
        SessionId workshop = fixtures.workshop(otherEdition, "Not for strangers", 2, 9, 10, 5);
        String page = "/conference/editions/" + OTHER_YEAR + "/my-programme";

        Page programme = perform(get(page));
        assertThat(programme.status()).isEqualTo(200);
        assertThat(programme.body()).contains("Once your place is confirmed, you can sign up here.", "Not for strangers")
                .doesNotContain("Sign up for Not for strangers");

        Page refused = perform(post(page + "/sign-up").param("session", workshop.toString()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Workshops are for confirmed participants");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.workshop_seat WHERE session_id = ?",
                Integer.class, workshop.value())).isZero();
    }

    @Test
    void thePrivateCalendarListsConfirmedWorkshopsAndStopsWhenReplacedOrRevoked() throws Exception {
        SessionId workshop = fixtures.workshop(edition, "Calendar workshop", 4, 11, 12, 10);
        signUp(workshop.toString());

        Page made = perform(post(PAGE + "/calendar"));
        assertThat(made.status()).isEqualTo(302);
        String address = (String) flash(made).get("calendarUrl");
        assertThat(address).matches("http://localhost/conference/calendar/[A-Za-z0-9_-]{43}\\.ics")
                .doesNotContain(ConferenceTestApplication.ORGANISER.id().toString());
        String path = URI.create(address).getPath();

        MvcResult calendar = mvc.perform(get(path)).andReturn();
        assertThat(calendar.getResponse().getStatus()).isEqualTo(200);
        assertThat(calendar.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(calendar.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        String ics = calendar.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Calendar workshop", "UID:" + workshop + "@defendersdays")
                .doesNotContain("Opening panel");
        assertThat(perform(get(PAGE)).body()).contains("You made a calendar address on", "Replace the calendar address",
                "Revoke the calendar address");

        Page replaced = perform(post(PAGE + "/calendar"));
        String newPath = URI.create((String) flash(replaced).get("calendarUrl")).getPath();
        assertThat(perform(get(path)).status()).isEqualTo(404);
        assertThat(perform(get(newPath)).status()).isEqualTo(200);

        perform(post(PAGE + "/calendar/revoke"));
        assertThat(perform(get(newPath)).status()).isEqualTo(404);
        assertThat(perform(get("/conference/calendar/not-a-token.ics")).status()).isEqualTo(404);
    }

    @Test
    void adminsSeeSeatsTakenAndWaitlistLengthWithoutNames() throws Exception {
        SessionId workshop = fixtures.workshop(edition, "Counted", 4, 14, 15, 1);
        service.signUp(fixtures.confirmedParticipant(edition, "en"), YEAR, workshop);
        service.signUp(fixtures.confirmedParticipant(edition, "en"), YEAR, workshop);

        Page admin = perform(get("/admin/conference/workshops"));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("Workshop seats", "Defenders&#39; Days 2046");
        String row = admin.body().substring(admin.body().indexOf("data-session=\"" + workshop + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Counted", "<td class=\"seats\">1</td>", "<td class=\"taken\">1</td>",
                "<td class=\"waitlist\">1</td>");
    }
}
