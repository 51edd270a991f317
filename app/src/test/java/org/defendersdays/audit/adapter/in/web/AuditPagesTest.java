package org.defendersdays.audit.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.audit.AuditTestSupport.entry;
import static org.defendersdays.audit.AuditTestSupport.sequenceOf;
import static org.defendersdays.audit.AuditTestSupport.tamper;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's back office pages as a signed-in platform admin sees them; who else may reach
 * them is checked by the access-matrix test.
 */
@PlatformTest
class AuditPagesTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    private Cookie platformAdmin;

    /** What the browser gets back. */
    private record Page(int statusCode, String body) {
    }

    @BeforeEach
    void signInAsPlatformAdmin() throws Exception {
        if (platformAdmin == null) {
            platformAdmin = Accounts.signedInWithRoles(mvc, jdbc, Role.PLATFORM_ADMIN);
        }
    }

    private Page get(String path, String... cookie) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(path)).cookie(platformAdmin);
        if (cookie.length == 2) {
            request.cookie(platformAdmin, new Cookie(cookie[0], cookie[1]));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Submits the verification form as a browser would: a POST with its CSRF token. */
    private Page postVerify(String... cookie) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/admin/audit/verify")
                .cookie(platformAdmin).with(csrf());
        if (cookie.length == 2) {
            request.cookie(platformAdmin, new Cookie(cookie[0], cookie[1]));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theLogFilteredByActionShowsJustThoseEntriesNewestFirst() throws Exception {
        String action = uniqueAction("webpage");
        String otherAction = uniqueAction("webpage");
        trail.record(entry(action, "older-one"));
        trail.record(new AuditEntry(Optional.empty(), action, "account", Optional.of("newer-one"), Outcome.DENIED,
                Optional.of("PLATFORM_ADMIN")));
        trail.record(entry(otherAction, "not-this-one"));

        Page page = get("/admin/audit?action=" + action);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<title>Audit log - Defenders&#39; Days</title>", "<main id=\"main\"")
                .contains("name=\"action\"", "value=\"" + action + "\"")
                .contains("newer-one", "older-one", "Denied", "Not signed in", "PLATFORM_ADMIN")
                .doesNotContain("not-this-one");
        assertThat(body.indexOf("newer-one")).isLessThan(body.indexOf("older-one"));
    }

    @Test
    void thePageIsAPlainFormWithoutScriptsOrInlineStyles() throws Exception {
        String body = get("/admin/audit").body();

        assertThat(body).contains("<form method=\"get\" action=\"/admin/audit\">")
                .contains("<form method=\"post\" action=\"/admin/audit/verify\">")
                .contains("<label for=\"actor\">", "<select id=\"outcome\" name=\"outcome\"")
                .doesNotContain("<script", "style=", " onclick=", "<style");
    }

    @Test
    void valuesThatCannotBeReadAreShownNextToTheirFieldsNotAnError() throws Exception {
        Page page = get("/admin/audit?actor=someone&from=yesterday&to=%2B99999-01-01");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Please correct the marked fields")
                .contains("id=\"actor-error\"", "aria-describedby=\"actor-error\"", "aria-invalid=\"true\"")
                .contains("id=\"from-error\"", "id=\"to-error\"")
                .contains("Enter a person&#39;s identifier", "Enter a date as YYYY-MM-DD")
                .doesNotContain("Exception");
    }

    @Test
    void aWildcardInTheActionIsRefusedNotSearched() throws Exception {
        Page page = get("/admin/audit?action=identity%25");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"action-error\"", "Use Latin letters, digits")
                .doesNotContain("id=\"entries-heading\"");
    }

    @Test
    void theOlderEntriesLinkKeepsTheFilter() throws Exception {
        String action = uniqueAction("webpaging");
        for (int i = 1; i <= 55; i++) {
            trail.record(entry(action, "item-" + i + "-"));
        }

        String first = get("/admin/audit?action=" + action).body();
        String older = first.replaceAll("(?s).*href=\"(/admin/audit\\?action=[^\"]*older=\\d+)\".*", "$1");
        String second = get(older.replace("&amp;", "&")).body();

        assertThat(first).contains("item-55-", "item-6-").doesNotContain("item-5-");
        assertThat(older).startsWith("/admin/audit?action=" + action);
        assertThat(second).contains("item-5-", "item-1-").doesNotContain("item-6-")
                .contains("Back to the newest entries");
    }

    @Test
    void theVerificationReportsAnIntactChain() throws Exception {
        trail.record(entry(uniqueAction("webverify"), "r1"));
        long entries = jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);

        Page result = postVerify();

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("The chain is intact: " + String.format(Locale.ENGLISH, "%,d", entries) + " entries checked")
                .contains("role=\"status\"")
                .containsPattern("<code dir=\"ltr\">[0-9a-f]{64}</code>");
    }

    @Test
    void theVerificationPointsAtTheChangedEntry() throws Exception {
        String action = uniqueAction("webtamper");
        trail.record(entry(action, "r1"));
        long sequence = sequenceOf(jdbc, action);
        try {
            tamper(jdbc, transaction, "UPDATE audit.entry SET target_id = 'forged' WHERE sequence = ?", sequence);

            assertThat(postVerify().body()).contains("role=\"alert\"")
                    .contains("The chain is broken at entry " + sequence + ".")
                    .contains("Every entry before it is intact.")
                    .contains("its contents no longer match its hash");
        } finally {
            tamper(jdbc, transaction, "UPDATE audit.entry SET target_id = 'r1' WHERE sequence = ?", sequence);
        }
        assertThat(postVerify().body()).contains("The chain is intact");
    }

    @Test
    void inArabicThePagesReadRightToLeftWithCodesLeftToRight() throws Exception {
        String action = uniqueAction("webarabic");
        trail.record(entry(action, "r1"));

        String log = get("/admin/audit?action=" + action, "lang", "ar").body();
        String verification = postVerify("lang", "ar").body();

        assertThat(log).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>سجل التدقيق</h1>", "التحقق من السلسلة",
                "<code dir=\"ltr\">" + action + "</code>", "نجح");
        assertThat(verification).contains("<html lang=\"ar\" dir=\"rtl\">", "السلسلة سليمة");
    }
}
