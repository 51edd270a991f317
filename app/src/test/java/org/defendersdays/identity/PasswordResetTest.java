package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Forgotten passwords: the same answer for any address, single-use links, and every session ended. */
@PlatformTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a brand new passphrase for 2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        String email = Accounts.verified(mvc, "Gita");
        Cookie elsewhere = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);

        mvc.perform(post("/password-reset").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password-reset/sent"));
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, "Choose a new password"));
        mvc.perform(get("/password-reset/new").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        assertThat(TestMailServer.awaitMail(email, "password was changed")).contains("defendersdays@crd.org");
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().isFound());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(Accounts.STRONG_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        Accounts.signIn(mvc, email, NEW_PASSWORD);
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link does not work")));
    }

    @Test
    void aRejectedNewPasswordKeepsTheLinkUsable() throws Exception {
        String email = Accounts.verified(mvc, "Gita");
        mvc.perform(post("/password-reset").with(csrf()).param("email", email));
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, "Choose a new password"));

        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", "too short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordChanged"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String unknown = Accounts.freshEmail();

        mvc.perform(post("/password-reset").with(csrf()).param("email", unknown))
                .andExpect(redirectedUrl("/password-reset/sent"));
        mvc.perform(post("/password-reset").with(csrf()).param("email", "not an address " + "x".repeat(500)))
                .andExpect(redirectedUrl("/password-reset/sent"));

        Thread.sleep(Duration.ofMillis(500).toMillis());
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void forgedOrExpiredLinksAreRefusedWithAClearPage() throws Exception {
        String email = Accounts.verified(mvc, "Gita");
        mvc.perform(post("/password-reset").with(csrf()).param("email", email));
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, "Choose a new password"));
        jdbc.update("UPDATE identity.one_time_token SET expires_at = now() - interval '1 minute' "
                + "WHERE purpose = 'PASSWORD_RESET' AND used_at IS NULL");

        mvc.perform(get("/password-reset/new").param("token", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(get("/password-reset/new").param("token", "x".repeat(5000)))
                .andExpect(status().isBadRequest());
    }
}
