package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A conference admin runs an edition through the whole platform: signed in, with CSRF tokens, the
 * audit log and the community module listening. Years from 2170 on, clear of other tests.
 */
@PlatformTest
class ConferenceBackOfficeTest {

    private static final String EDITIONS = "/admin/conference/editions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Cookie conferenceAdmin;

    @BeforeEach
    void signIn() throws Exception {
        if (conferenceAdmin == null) {
            conferenceAdmin = Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN);
        }
    }

    private MockHttpServletResponse send(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).cookie(conferenceAdmin).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).cookie(conferenceAdmin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID editionIn(int year) {
        return jdbc.queryForObject("SELECT id FROM conference.edition WHERE year = ?", UUID.class, year);
    }

    private List<String> auditedActionsOn(UUID edition) {
        return jdbc.queryForList("SELECT action FROM audit.entry WHERE target_type = 'edition' AND target_id = ?"
                + " ORDER BY sequence", String.class, edition.toString());
    }

    private int groupsFor(UUID edition) {
        return jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE edition_id = ?", Integer.class,
                edition);
    }

    @Test
    void aConferenceAdminPlansCorrectsAndAnnouncesAnEditionAndItsGroupOpens() throws Exception {
        assertThat(send(EDITIONS, Map.of("year", "2170", "city", "Stockholm", "topics", "digital-security"))
                .getRedirectedUrl()).isEqualTo(EDITIONS);
        UUID edition = editionIn(2170);
        assertThat(page(EDITIONS)).contains("Defenders&#39; Days 2170", "The draft edition was saved.");
        assertThat(page("/conference/editions")).doesNotContain("2170");

        assertThat(send(EDITIONS + "/" + edition, Map.of("city", "Stockholm", "venue", "Kulturhuset",
                "startDate", "2170-04-09", "endDate", "2170-04-12")).getRedirectedUrl()).isEqualTo(EDITIONS);
        assertThat(send(EDITIONS + "/" + edition + "/announce", Map.of()).getRedirectedUrl()).isEqualTo(EDITIONS);

        await().atMost(Duration.ofSeconds(10)).until(() -> groupsFor(edition) == 1);
        assertThat(page("/conference/editions/2170")).contains("Kulturhuset", "Upcoming edition");
        assertThat(auditedActionsOn(edition)).containsExactly("conference.edition.planned",
                "conference.edition.corrected", "conference.edition.announced");
        UUID actor = jdbc.queryForObject("SELECT DISTINCT actor_id FROM audit.entry WHERE target_id = ?", UUID.class,
                edition.toString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.account WHERE id = ? AND 'CONFERENCE_ADMIN' = ANY(roles)",
                Integer.class, actor)).as("the signed-in conference admin is the actor").isEqualTo(1);
    }

    @Test
    void badInputIsShownBackWithTheReasonsAndNothingIsStoredOrAudited() throws Exception {
        MockHttpServletResponse response = send(EDITIONS, Map.of("year", "2171", "city", "Stockholm",
                "startDate", "2171-04-12", "endDate", "2171-04-09"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("The last day cannot be before the first day", "aria-invalid=\"true\"")
                .contains("value=\"2171-04-12\"", "name=\"_csrf\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.edition WHERE year = 2171", Integer.class))
                .isZero();
    }

    @Test
    void aPlatformAdminCannotManageEditions() throws Exception {
        Cookie platformAdmin = Accounts.signedInWithRoles(mvc, jdbc, Role.PLATFORM_ADMIN);

        assertThat(mvc.perform(get(EDITIONS).cookie(platformAdmin)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
