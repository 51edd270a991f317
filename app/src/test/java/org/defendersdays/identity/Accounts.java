package org.defendersdays.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.TestMailServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Identity test steps: fresh addresses, registering through the real pages and mail, signing in. */
public final class Accounts {

    public static final String STRONG_PASSWORD = "correct horse battery staple 42";
    public static final String SESSION_COOKIE = "__Host-dd-session";
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

    /**
     * A verified account holding the given roles, signed in. Until the back office grants roles,
     * the grant is written straight into identity's table.
     */
    public static Cookie signedInWithRoles(MockMvc mvc, JdbcTemplate jdbc, Role... roles) throws Exception {
        String email = verified(mvc, "Staff " + roles.length);
        String[] names = Stream.concat(Stream.of(Role.MEMBER), Arrays.stream(roles)).map(Role::name).distinct()
                .toArray(String[]::new);
        jdbc.update(connection -> {
            var update = connection.prepareStatement("UPDATE identity.account SET roles = ? WHERE email = ?");
            update.setArray(1, connection.createArrayOf("text", names));
            update.setString(2, email);
            return update;
        });
        return signIn(mvc, email, STRONG_PASSWORD);
    }

    /**
     * Signs in through the sign-in form and returns the session cookie to send with later requests.
     * Sessions live in Spring Session's store, found by this cookie, not in the servlet container.
     */
    public static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl("/account")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        if (session == null) {
            throw new AssertionError("signing in set no session cookie");
        }
        return session;
    }
}
