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

import jakarta.servlet.http.Cookie;

import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Registering, verifying the address by the mailed link, and signing in; with a real SMTP server. */
@PlatformTest
class RegistrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private int accountsWith(String email) {
        return jdbc.queryForObject("SELECT count(*) FROM identity.account WHERE email = ?", Integer.class, email);
    }

    private void register(String email, String displayName, String password) throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("displayName", displayName).param("email", email).param("password", password))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/register/check-mail"));
    }

    @Test
    void aPersonRegistersVerifiesTheirAddressAndSignsIn() throws Exception {
        String email = Accounts.freshEmail();
        register(email, "Amina", Accounts.STRONG_PASSWORD);

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(Accounts.STRONG_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        String mail = TestMailServer.awaitMail(email, "Verify your address");
        assertThat(mail).contains("Hello Amina", "/verify-email?token=");
        String token = Accounts.tokenIn(mail);
        mvc.perform(get("/verify-email").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify my address")));
        mvc.perform(post("/verify-email").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/login?verified"));

        Cookie session = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amina")))
                .andExpect(content().string(containsString("Member")));
    }

    @Test
    void aVerificationLinkWorksOnce() throws Exception {
        String email = Accounts.freshEmail();
        register(email, "Bako", Accounts.STRONG_PASSWORD);
        String token = Accounts.tokenIn(TestMailServer.awaitMail(email, "Verify your address"));

        mvc.perform(post("/verify-email").with(csrf()).param("token", token)).andExpect(status().isFound());
        mvc.perform(post("/verify-email").with(csrf()).param("token", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(post("/verify-email").with(csrf()).param("token", "forged"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void registeringATakenAddressLooksTheSameAndTellsTheOwner() throws Exception {
        String email = Accounts.freshEmail();
        register(email, "Chen", Accounts.STRONG_PASSWORD);
        TestMailServer.awaitMail(email, "Verify your address");

        register(email, "Someone else", "another long passphrase 77");

        assertThat(TestMailServer.awaitMail(email, "Someone tried to create")).contains("/password-reset");
        assertThat(accountsWith(email)).isEqualTo(1);
    }

    @Test
    void aWeakOrCommonPasswordIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        String email = Accounts.freshEmail();

        mvc.perform(post("/register").with(csrf())
                        .param("displayName", "Dara").param("email", email).param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")))
                .andExpect(content().string(containsString("value=\"Dara\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"short\""))));
        mvc.perform(post("/register").with(csrf())
                        .param("displayName", "Dara").param("email", email).param("password", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("most commonly used")));

        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void malformedOrOversizedFieldsGetClearErrorsNotAServerError() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("displayName", "x".repeat(10_000)).param("email", "not-an-address")
                        .param("password", Accounts.STRONG_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("between 2 and 60 characters")));
        mvc.perform(post("/register").with(csrf())
                        .param("displayName", "Eli").param("email", "not-an-address")
                        .param("password", Accounts.STRONG_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address such as")));
        mvc.perform(post("/register").with(csrf()).param("displayName", "Eli\u202Eevil")
                        .param("email", Accounts.freshEmail()).param("password", Accounts.STRONG_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invisible or control characters")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String email = Accounts.freshEmail();

        mvc.perform(post("/register").param("displayName", "Fara").param("email", email)
                        .param("password", Accounts.STRONG_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/register").with(csrf().useInvalidToken()).param("displayName", "Fara")
                        .param("email", email).param("password", Accounts.STRONG_PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(accountsWith(email)).isZero();
    }
}
