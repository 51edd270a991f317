package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys at the HTTP level: the ceremony options the platform hands out, who may start one, and
 * bad input of every kind answered clearly without changing anything. (A real registration and
 * sign-in, with Chromium's virtual authenticator, is in PasskeyBrowserTest.)
 */
@PlatformTest
class PasskeyTest {

    private static final String FAKE_ATTESTATION = """
            {"publicKey": {"label": "%s", "credential": {"id": "AAEC", "rawId": "AAEC", "type": "public-key",
              "response": {"attestationObject": "AAEC", "clientDataJSON": "AAEC", "transports": ["internal"]},
              "clientExtensionResults": {}, "authenticatorAttachment": "platform"}}}
            """;

    private static final String FAKE_ASSERTION = """
            {"id": "AAEC", "rawId": "AAEC", "type": "public-key",
             "response": {"authenticatorData": "AAEC", "clientDataJSON": "AAEC", "signature": "AAEC", "userHandle": "AAEC"},
             "clientExtensionResults": {}, "authenticatorAttachment": "platform"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private record Member(UUID id, Cookie session) {
    }

    private Member memberWithSecondFactor(String displayName) throws Exception {
        String email = Accounts.verified(mvc, displayName);
        Cookie session = Accounts.enrolSecondFactor(mvc, Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD))
                .session();
        return new Member(jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email),
                session);
    }

    private Cookie anonymousSessionWithSignInOptions() throws Exception {
        MockHttpServletResponse options = mvc.perform(post("/login/passkey/options").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse();
        return options.getCookie(Accounts.SESSION_COOKIE);
    }

    @Test
    void registrationOptionsAskForADiscoverablePasskeyThatVerifiesItsUserAndCarryNoAccountId() throws Exception {
        Member member = memberWithSecondFactor("Amal Passkey");
        Cookie session = member.session();
        UUID person = member.id();
        MockHttpServletResponse response = mvc.perform(post("/account/passkeys/options").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.rp.id").value("localhost"))
                .andExpect(jsonPath("$.rp.name").value("Defenders' Days"))
                .andExpect(jsonPath("$.user.name").value("Amal Passkey"))
                .andExpect(jsonPath("$.user.displayName").value("Amal Passkey"))
                .andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"))
                .andExpect(jsonPath("$.authenticatorSelection.residentKey").value("required"))
                .andExpect(jsonPath("$.attestation").value("none"))
                .andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(person.toString());
        byte[] handle = jdbc.queryForObject("SELECT user_handle FROM identity.passkey_user WHERE person_id = ?",
                byte[].class, person);
        assertThat(handle).hasSize(32);
        assertThat(body).contains(Base64.getUrlEncoder().withoutPadding().encodeToString(handle));

        mvc.perform(post("/account/passkeys/options").cookie(session).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT user_handle FROM identity.passkey_user WHERE person_id = ?",
                byte[].class, person)).as("one handle per person, kept").isEqualTo(handle);
    }

    @Test
    void aSessionWithThePasswordOnlyMayNotAddAPasskey() throws Exception {
        Cookie passwordOnly = Accounts.signIn(mvc, Accounts.verified(mvc, "Bo"), Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account/passkeys").cookie(passwordOnly))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("authenticator app")))
                .andExpect(content().string(not(containsString("id=\"passkey-add\""))));
        mvc.perform(post("/account/passkeys/options").cookie(passwordOnly).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/passkeys").cookie(passwordOnly).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(FAKE_ATTESTATION.formatted("x")))
                .andExpect(status().isForbidden());
    }

    @Test
    void registeringWithoutAStartedCeremonyOrWithAForgedOneIsRefusedAndStoresNothing() throws Exception {
        Member member = memberWithSecondFactor("Chen");
        Cookie session = member.session();
        UUID person = member.id();
        mvc.perform(post("/account/passkeys").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAKE_ATTESTATION.formatted("laptop")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("identity.passkey.noCeremony"));

        mvc.perform(post("/account/passkeys/options").cookie(session).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/account/passkeys").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAKE_ATTESTATION.formatted("laptop")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.passkey.notVerified"))
                .andExpect(jsonPath("$.detail").value(containsString("could not be added")));

        mvc.perform(post("/account/passkeys/options").cookie(session).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/account/passkeys").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAKE_ATTESTATION.formatted("x".repeat(65))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.passkey.label.length"));

        mvc.perform(post("/account/passkeys/options").cookie(session).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/account/passkeys").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/passkeys").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.passkey.noCeremony"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.passkey WHERE person_id = ?", Integer.class,
                person)).isZero();
    }

    @Test
    void aCeremonyWithoutTheCsrfTokenIsRefused() throws Exception {
        Cookie session = memberWithSecondFactor("Dana").session();
        mvc.perform(post("/account/passkeys/options").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/login/passkey/options")).andExpect(status().isForbidden());
    }

    @Test
    void signInOptionsNameNoPasskeysAndRequireUserVerification() throws Exception {
        mvc.perform(post("/login/passkey/options").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rpId").value("localhost"))
                .andExpect(jsonPath("$.userVerification").value("required"))
                .andExpect(jsonPath("$.allowCredentials").isEmpty())
                .andExpect(jsonPath("$.challenge").isString());
    }

    @Test
    void aFailedPasskeySignInGetsOneAnswerWhateverWentWrongAndSignsNobodyIn() throws Exception {
        mvc.perform(post("/login/passkey").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAKE_ASSERTION))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.passkey.noCeremony"));

        for (String body : new String[] { FAKE_ASSERTION, "{not json", "[]",
            "{\"id\": \"" + "A".repeat(70_000) + "\"}" }) {
            Cookie session = anonymousSessionWithSignInOptions();
            mvc.perform(post("/login/passkey").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("identity.passkey.signInFailed"))
                    .andExpect(jsonPath("$.detail").value(containsString("did not work")));
            mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        }
        Integer failures = jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = "
                + "'identity.login.failed' AND detail = 'passkeyNotVerified'", Integer.class);
        assertThat(failures).isGreaterThanOrEqualTo(4);
    }

    @Test
    void onlyTheOwnerRemovesAPasskeyAndAMalformedIdChangesNothing() throws Exception {
        Member eli = memberWithSecondFactor("Eli");
        Cookie owner = eli.session();
        UUID ownerId = eli.id();
        Cookie other = memberWithSecondFactor("Fatou").session();
        byte[] credentialId = storedPasskey(ownerId);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(credentialId);

        mvc.perform(get("/account/passkeys").cookie(owner))
                .andExpect(content().string(containsString("Test key")));
        mvc.perform(post("/account/passkeys/remove").cookie(other).with(csrf()).param("passkey", id))
                .andExpect(redirectedUrl("/account/passkeys?notFound"));
        mvc.perform(post("/account/passkeys/remove").cookie(owner).with(csrf()).param("passkey", "not/base64"))
                .andExpect(redirectedUrl("/account/passkeys?notFound"));
        mvc.perform(post("/account/passkeys/remove").cookie(owner).param("passkey", id))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.passkey WHERE credential_id = ?", Integer.class,
                credentialId)).isOne();

        mvc.perform(post("/account/passkeys/remove").cookie(owner).with(csrf()).param("passkey", id))
                .andExpect(redirectedUrl("/account/passkeys?removed"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.passkey WHERE credential_id = ?", Integer.class,
                credentialId)).isZero();
    }

    /** A passkey row as a completed registration leaves it (the key material is never read here). */
    private byte[] storedPasskey(UUID person) {
        byte[] credentialId = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] handle = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO identity.passkey_user (person_id, user_handle, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", person, handle, now);
        jdbc.update("""
                INSERT INTO identity.passkey (credential_id, person_id, label, credential_type, public_key_cose,
                    signature_count, uv_initialized, backup_eligible, backup_state, attestation_object, created_at,
                    last_used_at)
                VALUES (?, ?, 'Test key', 'public-key', ?, 0, true, false, false, ?, ?, ?)
                """, credentialId, person, new byte[] { 1 }, new byte[] { 1 }, now, now);
        return credentialId;
    }
}
