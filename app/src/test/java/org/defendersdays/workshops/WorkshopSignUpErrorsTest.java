package org.defendersdays.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad sign-ups through the whole platform (security, error pages): a forged form without its CSRF
 * token, a tampered or unknown workshop id, and someone without a confirmed place each get a clear
 * 4xx page, never a 500, and nothing is stored. Year 2109.
 */
@PlatformTest
class WorkshopSignUpErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badSignUpsAreClientErrorsWithAClearPage() throws Exception {
        WorkshopData data = new WorkshopData(jdbc, 2109);
        UUID workshop = data.workshop("Protection planning", 9, 11, 10);
        Cookie member = Accounts.signedInWithRoles(mvc, jdbc);
        String signUp = "/conference/editions/2109/my-programme/sign-up";

        MockHttpServletResponse stranger = mvc.perform(post(signUp).cookie(member).with(csrf())
                .param("session", workshop.toString()).param("lang", "en")).andReturn().getResponse();
        assertThat(stranger.getStatus()).isEqualTo(403);
        assertThat(stranger.getContentAsString(StandardCharsets.UTF_8))
                .contains("Workshops are for confirmed participants");

        data.confirmedPlace(memberId(member), "en");
        assertThat(status(post(signUp).cookie(member).param("session", workshop.toString())))
                .as("no CSRF token").isEqualTo(403);
        assertThat(status(post(signUp).cookie(member).with(csrf()).param("session", "1 OR 1=1"))).isEqualTo(400);
        assertThat(status(post(signUp).cookie(member).with(csrf()).param("session", UUID.randomUUID().toString())))
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.workshop_seat WHERE session_id = ?",
                Integer.class, workshop)).isZero();

        assertThat(status(post(signUp).cookie(member).with(csrf()).param("session", workshop.toString())))
                .isEqualTo(302);
        MockHttpServletResponse twice = mvc.perform(post(signUp).cookie(member).with(csrf())
                .param("session", workshop.toString())).andReturn().getResponse();
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString(StandardCharsets.UTF_8))
                .contains("You are already signed up for Protection planning.");
        assertThat(status(get("/conference/editions/2109/my-programme"))).as("anonymous visitors sign in first")
                .isEqualTo(302);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The signed-in member's account id: the principal of their session (the cookie holds its id in Base64). */
    private UUID memberId(Cookie member) {
        String sessionId = new String(java.util.Base64.getDecoder().decode(member.getValue()), StandardCharsets.UTF_8);
        return jdbc.queryForObject("SELECT principal_name::uuid FROM identity.spring_session WHERE session_id = ?",
                UUID.class, sessionId);
    }
}
