package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-in throttling per account and per client address. Each test signs in from its own made-up
 * client address, so tests do not use up each other's allowance.
 */
@PlatformTest
class SignInThrottlingTest {

    private static final String WRONG_PASSWORD = "not the right passphrase at all";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static String freshClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private ResultActions signIn(String email, String password, String clientAddress) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                }));
    }

    private long auditEntries(String action, String detail) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = ? AND detail = ?", Long.class,
                action, detail);
    }

    @Test
    void theSixthFailureForAnAccountIsRefusedEvenWithTheRightPasswordAndSaysWhy() throws Exception {
        String email = Accounts.verified(mvc, "Farah");
        String client = freshClientAddress();
        long throttledBefore = auditEntries("identity.login.throttled", "account");

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(email, WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        }
        signIn(email, Accounts.STRONG_PASSWORD, client).andExpect(redirectedUrl("/login?throttled"));
        // Another address does not help: the limit belongs to the account.
        signIn(email.toUpperCase(), Accounts.STRONG_PASSWORD, freshClientAddress())
                .andExpect(redirectedUrl("/login?throttled"));

        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Too many sign-in attempts. Wait a few minutes and try again.")));
        mvc.perform(get("/login").param("throttled", "").header("Accept-Language", "ar"))
                .andExpect(content().string(containsString("محاولات تسجيل دخول كثيرة جدًا")));
        assertThat(auditEntries("identity.login.throttled", "account")).isEqualTo(throttledBefore + 2);
    }

    @Test
    void anUnknownAddressIsThrottledExactlyLikeAKnownOne() throws Exception {
        String client = freshClientAddress();
        String unknown = Accounts.freshEmail();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(unknown, WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        }
        signIn(unknown, WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?throttled"));
        signIn("not even an address " + "x".repeat(5_000), WRONG_PASSWORD, client)
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anotherAccountFromTheSameAddressSignsInUntilTheAddressLimit() throws Exception {
        String client = freshClientAddress();
        String other = Accounts.verified(mvc, "Gita");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(Accounts.freshEmail(), WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        }
        signIn(other, Accounts.STRONG_PASSWORD, client).andExpect(redirectedUrl("/account"));

        // 30 failed attempts per address in ten minutes, spread over many addresses typed.
        for (int attempt = 6; attempt <= 30; attempt++) {
            signIn(Accounts.freshEmail(), WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        }
        signIn(other, Accounts.STRONG_PASSWORD, client).andExpect(redirectedUrl("/login?throttled"));
        assertThat(auditEntries("identity.login.throttled", "clientAddress")).isPositive();
        // Someone elsewhere is not affected.
        signIn(other, Accounts.STRONG_PASSWORD, freshClientAddress()).andExpect(redirectedUrl("/account"));
    }

    @Test
    void signingInMakesTheAccountsAllowanceWholeAgain() throws Exception {
        String email = Accounts.verified(mvc, "Hadi");
        String client = freshClientAddress();
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                signIn(email, WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
            }
            signIn(email, Accounts.STRONG_PASSWORD, client).andExpect(redirectedUrl("/account"));
        }
    }

    @Test
    void everySignInIsAuditedByIdentifierOnly() throws Exception {
        String email = Accounts.verified(mvc, "Ines");
        String client = freshClientAddress();
        String id = jdbc.queryForObject("SELECT id::text FROM identity.account WHERE email = ?", String.class, email);

        signIn(email, WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        signIn(email, Accounts.STRONG_PASSWORD, client).andExpect(redirectedUrl("/account"));

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT action, actor_id::text AS actor, target_id, outcome, detail FROM audit.entry "
                        + "WHERE target_id = ? AND action LIKE 'identity.login.%' ORDER BY sequence", id);
        assertThat(entries).extracting(entry -> entry.get("action"))
                .containsExactly("identity.login.failed", "identity.login.succeeded");
        assertThat(entries.get(0)).containsEntry("actor", null).containsEntry("outcome", "FAILURE")
                .containsEntry("detail", "badCredentials");
        assertThat(entries.get(1)).containsEntry("actor", id).containsEntry("outcome", "SUCCESS");
        Long failuresNamingNoAccount = jdbc.queryForObject("SELECT count(*) FROM audit.entry "
                + "WHERE action = 'identity.login.failed' AND target_id IS NULL", Long.class);
        signIn(Accounts.freshEmail(), WRONG_PASSWORD, client).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry "
                + "WHERE action = 'identity.login.failed' AND target_id IS NULL", Long.class))
                .isEqualTo(failuresNamingNoAccount + 1);
    }
}
