package org.defendersdays.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defendersdays.testing.TestMailServer;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Identity test steps: fresh addresses, registering through the real pages and mail, signing in. */
public final class Accounts {

    public static final String STRONG_PASSWORD = "correct horse battery staple 42";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

    private Accounts() {
    }

    public static String freshEmail() {
        return "hrd-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    public static String tokenIn(String mailBody) {
        Matcher matcher = TOKEN.matcher(mailBody);
        if (!matcher.find()) {
            throw new AssertionError("no link with a token in the mail: " + mailBody);
        }
        return matcher.group(1);
    }

    /** Registers and verifies an account through the pages and the mailed link; returns its address. */
    public static String verified(MockMvc mvc, String displayName) throws Exception {
        String email = freshEmail();
        mvc.perform(post("/register").with(csrf()).param("displayName", displayName).param("email", email)
                .param("password", STRONG_PASSWORD));
        String token = tokenIn(TestMailServer.awaitMail(email, "Verify your address"));
        mvc.perform(post("/verify-email").with(csrf()).param("token", token));
        return email;
    }

    /** Signs in through the sign-in form and returns the session. */
    public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl("/account")).andReturn().getRequest().getSession();
    }
}
