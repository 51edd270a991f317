package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The back office shell as each administrative role sees it: exactly the sections meant for that
 * role. Who may open it at all is checked by the access-matrix test.
 */
@PlatformTest
class BackOfficePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String dashboard(Cookie session, String language) throws Exception {
        return mvc.perform(get("/admin").cookie(session, new Cookie("lang", language))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPlatformAdminSeesTheAuditLogAndTheBackOfficeLink() throws Exception {
        String page = dashboard(Accounts.signedInWithRoles(mvc, jdbc, Role.PLATFORM_ADMIN), "en");

        assertThat(page).contains("<h1>Back office</h1>", "data-section=\"audit.log\"", "href=\"/admin/audit\"")
                .contains("<a href=\"/admin\">Back office</a>")
                .doesNotContain("data-section=\"conference.editions\"");
    }

    @Test
    void aConferenceAdminSeesTheEditionsAndNotTheAuditLog() throws Exception {
        String page = dashboard(Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN), "en");

        assertThat(page).contains("data-section=\"conference.editions\"", "href=\"/admin/conference/editions\"")
                .doesNotContain("data-section=\"audit.log\"", "href=\"/admin/audit\"");
    }

    @Test
    void aBootcampAdminSeesTheProgrammesOnly() throws Exception {
        String page = dashboard(Accounts.signedInWithRoles(mvc, jdbc, Role.BOOTCAMP_ADMIN), "en");

        assertThat(page).contains("data-section=\"bootcamp.programmes\"", "href=\"/admin/bootcamp/programmes\"")
                .doesNotContain("data-section=\"conference.editions\"", "data-section=\"audit.log\"");
    }

    @Test
    void theSectionsFollowTheirOrderAndSpeakArabic() throws Exception {
        String page = dashboard(
                Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN, Role.PLATFORM_ADMIN), "ar");

        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>لوحة الإدارة</h1>", "دورات المؤتمر");
        assertThat(page.indexOf("data-section=\"conference.editions\""))
                .isPositive().isLessThan(page.indexOf("data-section=\"audit.log\""));
    }

    @Test
    void aCommunityModeratorSeesTheGroupsOnly() throws Exception {
        String page = dashboard(Accounts.signedInWithRoles(mvc, jdbc, Role.COMMUNITY_MODERATOR), "en");

        assertThat(page).contains("data-section=\"community.groups\"", "href=\"/admin/community/groups\"")
                .doesNotContain("data-section=\"conference.editions\"", "data-section=\"audit.log\"");
    }

    @Test
    void aMemberSeesNoBackOfficeLink() throws Exception {
        Cookie member = Accounts.signIn(mvc, Accounts.verified(mvc, "Plain member"), Accounts.STRONG_PASSWORD);

        String home = mvc.perform(get("/").cookie(member)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(home).doesNotContain("href=\"/admin\"");
    }
}
