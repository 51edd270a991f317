package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.Applications;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review and selection in the whole platform, with real accounts: the applicant's name and address
 * never reach a reviewer's page; reviewers reach review and nothing else of the conference's back
 * office; a reviewer without a second factor is sent to set one up; an admin's accept is mailed to
 * the applicant and published to the other modules.
 */
@PlatformTest
@RecordApplicationEvents
class SelectionBackOfficeTest {

    private static final String APPLICANT_NAME = "Wanjiru Okello-Blind";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private MockHttpServletResponse get200(String path, Cookie session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    @Test
    void reviewersScoreBlindReachNothingElseAndAnAcceptReachesTheApplicantAndTheOutbox() throws Exception {
        String email = Accounts.verified(mvc, APPLICANT_NAME);
        UUID person = Applications.personWith(jdbc, email);
        Applications.Call call = Applications.call(jdbc, 2116, 20);
        UUID application = Applications.submitted(jdbc, call, person, "es");

        Cookie reviewer = Accounts.signedInWithRoles(mvc, jdbc, Role.REVIEWER);
        String dashboard = get200("/admin?lang=en", reviewer).getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("/admin/conference/review").doesNotContain("/admin/conference/editions\"");
        for (String page : new String[] { "/admin/conference/review", "/admin/conference/review/2116",
                "/admin/conference/review/applications/" + application }) {
            String body = get200(page + "?lang=en", reviewer).getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(page).doesNotContain(APPLICANT_NAME, email, person.toString());
        }
        assertThat(get200("/admin/conference/review/applications/" + application, reviewer)
                .getContentAsString(StandardCharsets.UTF_8)).contains(application.toString().substring(0, 8),
                        "Ways to keep my sources safe", "Community radio in the hills");
        MockHttpServletResponse scored = mvc.perform(post("/admin/conference/review/applications/" + application)
                .cookie(reviewer).with(csrf()).param("score-" + call.clarity(), "5").param("score-" + call.impact(), "9"))
                .andReturn().getResponse();
        assertThat(scored.getRedirectedUrl()).isEqualTo("/admin/conference/review/2116");

        for (String forbidden : new String[] { "/admin/conference/editions/2116/selection",
                "/admin/conference/editions/2116/selection.csv", "/admin/conference/editions" }) {
            assertThat(mvc.perform(get(forbidden).cookie(reviewer)).andReturn().getResponse().getStatus())
                    .as(forbidden).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/admin/conference/editions/2116/selection/" + application + "/decision")
                .cookie(reviewer).with(csrf()).param("outcome", "ACCEPTED").param("version", "0")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/conference/review/applications/" + UUID.randomUUID()).cookie(reviewer))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/conference/review/applications/x%27--").cookie(reviewer))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        Cookie reviewerWithoutSecondFactor = Accounts.signedInWithRolesPasswordOnly(mvc, jdbc, Role.REVIEWER);
        assertThat(mvc.perform(get("/admin/conference/review").cookie(reviewerWithoutSecondFactor)).andReturn()
                .getResponse().getRedirectedUrl()).endsWith("/account/second-factor?required");

        Cookie admin = Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN);
        String board = get200("/admin/conference/editions/2116/selection?lang=en", admin)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains(application.toString().substring(0, 8), "19.0").doesNotContain(APPLICANT_NAME,
                email);
        MockHttpServletResponse accepted = mvc.perform(post("/admin/conference/editions/2116/selection/" + application
                + "/decision").cookie(admin).with(csrf()).param("outcome", "ACCEPTED").param("version", "0"))
                .andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/admin/conference/editions/2116/selection");
        assertThat(jdbc.queryForObject("SELECT place FROM conference.selection_decision WHERE application_id = ?",
                String.class, application)).isEqualTo("OFFERED");
        assertThat(events.stream(ConferenceApplicationAccepted.class))
                .containsExactly(new ConferenceApplicationAccepted(call.editionId(), 2116, new PersonId(person)));
        String mail = TestMailServer.awaitMail(email, "se le ofrece una plaza");
        assertThat(mail).contains("2116").doesNotContain("Secure messaging", "Ways to keep");
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE target_id = ? ORDER BY sequence",
                String.class, application.toString())).containsExactly("conference.review.scored",
                        "conference.selection.decided");

        Cookie applicant = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        assertThat(get200("/conference/editions/2116/place", applicant).getContentAsString(StandardCharsets.UTF_8))
                .contains("data-state=\"offered\"");
        assertThat(mvc.perform(post("/conference/editions/2116/place/confirm").cookie(applicant)).andReturn()
                .getResponse().getStatus()).as("without its CSRF token").isEqualTo(403);
        mvc.perform(post("/conference/editions/2116/place/confirm").cookie(applicant).with(csrf()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.confirmed_participant WHERE person_id = ?",
                Integer.class, person)).isOne();
    }
}
