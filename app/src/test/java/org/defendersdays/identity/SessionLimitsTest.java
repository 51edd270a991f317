package org.defendersdays.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions end: after the absolute limit however active they are, and everywhere on request. */
@PlatformTest
class SessionLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Spring Session's cookie holds the Base64 of the session id. */
    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    @Test
    void aSessionOlderThanTheAbsoluteLimitEndsEvenIfActive() throws Exception {
        Cookie session = Accounts.signIn(mvc, Accounts.verified(mvc, "Lina"), Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        jdbc.update("UPDATE identity.spring_session SET creation_time = creation_time - ? WHERE session_id = ?",
                13L * 60 * 60 * 1000, sessionId(session));

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().isFound());
    }

    @Test
    void signingOutEverywhereEndsTheOtherSessionsToo() throws Exception {
        String email = Accounts.verified(mvc, "Musa");
        Cookie laptop = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        Cookie phone = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);

        mvc.perform(post("/account/sessions/end-all").cookie(laptop).with(csrf()))
                .andExpect(redirectedUrl("/login?signedOutEverywhere"));

        mvc.perform(get("/account").cookie(phone)).andExpect(status().isFound());
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isFound());
    }
}
