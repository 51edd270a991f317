package org.defendersdays.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.defendersdays.testing.PlatformTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The headers every response carries, and what signing out tells the browser. */
@PlatformTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] { "/", "/login", "/conference/editions", "/no/such/page" }) {
            mvc.perform(get(path).secure(true))
                    .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                            Matchers.containsString("default-src 'self'"),
                            Matchers.containsString("frame-ancestors 'none'"),
                            Matchers.containsString("object-src 'none'"),
                            Matchers.not(Matchers.containsString("unsafe-inline")))))
                    .andExpect(header().string("Strict-Transport-Security",
                            Matchers.containsString("max-age=31536000")))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")));
        }
    }

    @Test
    void signedInPagesAreNeverStored() throws Exception {
        Cookie session = Accounts.signIn(mvc, Accounts.verified(mvc, "Hana"), Accounts.STRONG_PASSWORD);

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    void signingOutClearsTheBrowsersDataForTheSite() throws Exception {
        mvc.perform(post("/logout").with(csrf()).secure(true)
                        .with(user("00000000-0000-0000-0000-000000000001").roles("MEMBER")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/?signedOut*"))
                .andExpect(header().string("Clear-Site-Data", Matchers.allOf(
                        Matchers.containsString("\"cache\""), Matchers.containsString("\"cookies\""),
                        Matchers.containsString("\"storage\""))));
    }
}
