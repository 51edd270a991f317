package org.defendersdays.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.TestMailServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

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
     * A verified account holding the given roles, signed in; with an administrative role, also with
     * a second factor (enrolled through the pages), as the back office requires. Until the back
     * office grants roles, the grant is written straight into identity's table.
     */
    public static Cookie signedInWithRoles(MockMvc mvc, JdbcTemplate jdbc, Role... roles) throws Exception {
        Cookie session = signedInWithRolesPasswordOnly(mvc, jdbc, roles);
        return Arrays.stream(roles).anyMatch(Role::isAdministrative) ? enrolSecondFactor(mvc, session).session()
                : session;
    }

    /** A staff account: its address and its authenticator app's secret. */
    public record Staff(String email, String secret) {
    }

    /** A verified account with the roles and an enrolled second factor, for signing in elsewhere (a browser). */
    public static Staff staffWithSecondFactor(MockMvc mvc, JdbcTemplate jdbc, Role... roles) throws Exception {
        String email = verifiedWithRoles(mvc, jdbc, roles);
        return new Staff(email, enrolSecondFactor(mvc, signIn(mvc, email, STRONG_PASSWORD)).secret());
    }

    /** Like {@link #signedInWithRoles} but signed in with the password only, never with a second factor. */
    public static Cookie signedInWithRolesPasswordOnly(MockMvc mvc, JdbcTemplate jdbc, Role... roles)
            throws Exception {
        return signIn(mvc, verifiedWithRoles(mvc, jdbc, roles), STRONG_PASSWORD);
    }

    private static String verifiedWithRoles(MockMvc mvc, JdbcTemplate jdbc, Role... roles) throws Exception {
        String email = verified(mvc, "Staff " + roles.length);
        String[] names = Stream.concat(Stream.of(Role.MEMBER), Arrays.stream(roles)).map(Role::name).distinct()
                .toArray(String[]::new);
        jdbc.update(connection -> {
            var update = connection.prepareStatement("UPDATE identity.account SET roles = ? WHERE email = ?");
            update.setArray(1, connection.createArrayOf("text", names));
            update.setString(2, email);
            return update;
        });
        return email;
    }

    /** A session after enrolling a second factor, with the enrolled secret and the recovery codes shown. */
    public record SecondFactor(Cookie session, String secret, List<String> recoveryCodes) {
    }

    private static final Pattern SECRET = Pattern.compile("<code dir=\"ltr\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    /** Enrols an authenticator app through the account pages, as a person would. */
    public static SecondFactor enrolSecondFactor(MockMvc mvc, Cookie session) throws Exception {
        String page = mvc.perform(get("/account/second-factor").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher secret = SECRET.matcher(page);
        if (!secret.find()) {
            throw new AssertionError("no key on the second-factor page");
        }
        String base32 = secret.group(1).replace(" ", "");
        MockHttpServletResponse enrolled = mvc.perform(post("/account/second-factor").cookie(session).with(csrf())
                .param("code", totp(base32, 0))).andReturn().getResponse();
        List<String> codes = RECOVERY_CODE.matcher(enrolled.getContentAsString(StandardCharsets.UTF_8)).results()
                .map(match -> match.group(1)).toList();
        Cookie upgraded = enrolled.getCookie(SESSION_COOKIE);
        return new SecondFactor(upgraded == null ? session : upgraded, base32, codes);
    }

    /** The authenticator app's code for now plus the given number of 30-second steps. */
    public static String totp(String base32Secret, int stepsAhead) throws Exception {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
        Key key = new SecretKeySpec(TotpSecret.fromBase32(base32Secret).bytes(), "HmacSHA1");
        return generator.generateOneTimePasswordString(key, Instant.now().plusSeconds(30L * stepsAhead), Locale.ROOT);
    }

    /** Passes the second sign-in step with the code and returns the new session cookie. */
    public static Cookie passSecondFactor(MockMvc mvc, Cookie halfSignedIn, String code) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login/second-factor").cookie(halfSignedIn).with(csrf())
                .param("code", code)).andReturn().getResponse();
        Cookie upgraded = response.getCookie(SESSION_COOKIE);
        if (response.getStatus() != 302 || upgraded == null) {
            throw new AssertionError("the second factor was not accepted");
        }
        return upgraded;
    }

    /**
     * Signs in through the sign-in form and returns the session cookie to send with later requests.
     * Sessions live in Spring Session's store, found by this cookie, not in the servlet container.
     */
    public static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
        return signIn(mvc, email, password, "/account");
    }

    /** Signs in with the password and expects to be sent on to the given page (such as the second step). */
    public static Cookie signIn(MockMvc mvc, String email, String password, String expectedNext) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl(expectedNext)).andReturn().getResponse().getCookie(SESSION_COOKIE);
        if (session == null) {
            throw new AssertionError("signing in set no session cookie");
        }
        return session;
    }
}
