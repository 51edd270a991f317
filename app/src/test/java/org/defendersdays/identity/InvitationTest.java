package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A platform admin invites someone by mail; the invited person creates their account from the link. */
@PlatformTest
class InvitationTest {

    private static final String SUBJECT = "You are invited to Defenders' Days";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Cookie admin;

    @BeforeEach
    void signInAnAdmin() throws Exception {
        admin = Accounts.signedInWithRoles(mvc, jdbc, Role.PLATFORM_ADMIN);
    }

    private ResultActions invite(String email, String... roles) throws Exception {
        return mvc.perform(post("/admin/users/invite").with(csrf()).cookie(admin).param("email", email)
                .param("role", roles).param("language", "en"));
    }

    @Test
    void theInvitationIsWrittenInTheLanguageTheAdminChose() throws Exception {
        for (String[] language : new String[][] { { "es", "Le invitamos a Defenders' Days", "7 días" },
                { "fr", "Vous êtes invité·e à Defenders' Days", "7 jours" },
                { "ru", "Приглашение в Defenders' Days", "7 дней" } }) {
            String email = Accounts.freshEmail();
            mvc.perform(post("/admin/users/invite").with(csrf()).cookie(admin).param("email", email)
                    .param("language", language[0])).andExpect(redirectedUrl("/admin/users/invite"));

            String mail = TestMailServer.awaitMail(email, language[1]);
            assertThat(mail).as(language[0]).contains("/invitation?token=", language[2], "Defenders' Days")
                    .doesNotContain("Defenders'' Days");
        }
    }

    private ResultActions accept(String token, String displayName, String password) throws Exception {
        return mvc.perform(post("/invitation").with(csrf()).param("token", token).param("displayName", displayName)
                .param("password", password));
    }

    private int invitationsFor(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM identity.invitation WHERE email = ?", Integer.class, email);
    }

    private int accountsWith(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM identity.account WHERE email = ?", Integer.class, email);
    }

    @Test
    void theInvitedPersonCreatesAnActiveAccountWithTheInvitedRolesOnce() throws Exception {
        String email = Accounts.freshEmail();
        String elsewhere = Accounts.freshEmail();
        invite(email, "TRAINER", "REVIEWER").andExpect(redirectedUrl("/admin/users/invite"))
                .andExpect(flash().attribute("sent", true));

        String mail = TestMailServer.awaitMail(email, SUBJECT);
        assertThat(mail).contains("/invitation?token=", "7 days");
        String token = Accounts.tokenIn(mail);
        mvc.perform(get("/invitation").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create my account")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(email))));

        // The address comes from the invitation: a field added to the form changes nothing.
        mvc.perform(post("/invitation").with(csrf()).param("token", token).param("displayName", "Sami")
                        .param("password", Accounts.STRONG_PASSWORD).param("email", elsewhere))
                .andExpect(redirectedUrl("/login?invitationAccepted"));

        assertThat(accountsWith(elsewhere)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM identity.account WHERE email = ?", String.class, email))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForList("SELECT unnest(roles) FROM identity.account WHERE email = ?", String.class,
                email)).containsExactlyInAnyOrder("MEMBER", "TRAINER", "REVIEWER");
        Cookie session = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString("Trainer")));

        accept(token, "Someone else", "another long passphrase 77").andExpect(status().isBadRequest());
        assertThat(accountsWith(email)).isOne();

        String invitationId = jdbc.queryForObject("SELECT id::text FROM identity.invitation WHERE email = ?",
                String.class, email);
        String personId = jdbc.queryForObject("SELECT id::text FROM identity.account WHERE email = ?", String.class,
                email);
        List<String> audited = jdbc.queryForList("SELECT action || ':' || detail || ':' || (actor_id = ?::uuid) "
                + "FROM audit.entry WHERE target_id = ? ORDER BY sequence", String.class, personId, invitationId);
        assertThat(audited).containsExactly("identity.invitation.sent:TRAINER:REVIEWER:false",
                "identity.invitation.accepted:TRAINER:REVIEWER:true");
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = Accounts.freshEmail();
        invite(email).andExpect(status().isFound());
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, SUBJECT));
        jdbc.update("UPDATE identity.invitation SET expires_at = now() - interval '1 minute' WHERE email = ?", email);

        mvc.perform(get("/invitation").param("token", token)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link does not work")));
        accept(token, "Tala", Accounts.STRONG_PASSWORD).andExpect(status().isBadRequest());
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void aRejectedPasswordKeepsTheLinkUsable() throws Exception {
        String email = Accounts.freshEmail();
        invite(email).andExpect(status().isFound());
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, SUBJECT));

        accept(token, "Umar", "short").andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        accept(token, "x".repeat(10_000), Accounts.STRONG_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("between 2 and 60 characters")));
        assertThat(accountsWith(email)).isZero();

        accept(token, "Umar", Accounts.STRONG_PASSWORD).andExpect(redirectedUrl("/login?invitationAccepted"));
        assertThat(jdbc.queryForList("SELECT unnest(roles) FROM identity.account WHERE email = ?", String.class,
                email)).containsExactly("MEMBER");
    }

    @Test
    void invitingARegisteredAddressTellsTheAdminPlainly() throws Exception {
        String email = Accounts.verified(mvc, "Vera");
        invite(email).andExpect(status().isOk())
                .andExpect(content().string(containsString("This address already has an account")));
        assertThat(invitationsFor(email)).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsSent() throws Exception {
        String email = Accounts.freshEmail();
        invite(email, "EMPEROR").andExpect(status().isBadRequest());
        invite(email, "MEMBER").andExpect(status().isBadRequest());
        invite("x".repeat(10_000) + "@example.org").andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/invite").with(csrf()).cookie(admin).param("email", email)
                .param("language", "xx")).andExpect(status().isBadRequest());
        invite("not-an-address").andExpect(status().isOk())
                .andExpect(content().string(containsString("such as name@example.org")));
        mvc.perform(post("/admin/users/invite").cookie(admin).param("email", email)).andExpect(status().isForbidden());
        assertThat(invitationsFor(email)).isZero();

        mvc.perform(get("/invitation").param("token", "x".repeat(10_000))).andExpect(status().isBadRequest());
        mvc.perform(get("/invitation")).andExpect(status().isBadRequest());
        accept("forged", "Wen", Accounts.STRONG_PASSWORD).andExpect(status().isBadRequest());
        mvc.perform(post("/invitation").param("token", "forged").param("displayName", "Wen")
                .param("password", Accounts.STRONG_PASSWORD)).andExpect(status().isForbidden());
    }
}
