package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts.SecondFactor;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The authenticator app as a second factor: enrolment, the second sign-in step, and who needs it. */
@PlatformTest
class SecondFactorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private record Enrolled(String email, SecondFactor factor) {
    }

    private Enrolled enrolledMember() throws Exception {
        String email = Accounts.verified(mvc, "Ines");
        Cookie session = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        return new Enrolled(email, Accounts.enrolSecondFactor(mvc, session));
    }

    @Test
    void enrollingShowsAQrCodeDrawnByTheAppAndTenRecoveryCodesOnce() throws Exception {
        Cookie session = Accounts.signIn(mvc, Accounts.verified(mvc, "Jon"), Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account/second-factor").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/account/second-factor/qr.svg")));
        mvc.perform(get("/account/second-factor/qr.svg").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<svg")));

        SecondFactor factor = Accounts.enrolSecondFactor(mvc, session);

        assertThat(factor.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        byte[] stored = jdbc.queryForObject("SELECT totp_secret_sealed FROM identity.second_factor sf "
                + "JOIN identity.account a ON a.id = sf.person_id WHERE a.display_name = 'Jon' "
                + "ORDER BY sf.enrolled_at DESC LIMIT 1", byte[].class);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(TotpSecret.fromBase32(factor.secret()).bytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(factor.secret());
        mvc.perform(get("/account/second-factor").cookie(factor.session()))
                .andExpect(content().string(containsString("Your authenticator app is set up")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(factor.secret().substring(0, 8)))));
    }

    @Test
    void aWrongCodeDoesNotEnrol() throws Exception {
        Cookie session = Accounts.signIn(mvc, Accounts.verified(mvc, "Kemal"), Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account/second-factor").cookie(session));

        mvc.perform(post("/account/second-factor").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code did not work")));
        mvc.perform(get("/account/second-factor").cookie(session))
                .andExpect(content().string(containsString("Turn on the second factor")));
    }

    @Test
    void afterThePasswordOnlyTheSecondStepIsReachableUntilTheCodeIsRight() throws Exception {
        Enrolled member = enrolledMember();

        Cookie half = Accounts.signIn(mvc, member.email(), Accounts.STRONG_PASSWORD, "/login/second-factor");
        mvc.perform(get("/account").cookie(half)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").cookie(half).with(csrf()).param("code", "123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code did not work")));

        Cookie full = Accounts.passSecondFactor(mvc, half, Accounts.totp(member.factor().secret(), 1));

        assertThat(full.getValue()).isNotEqualTo(half.getValue());
        mvc.perform(get("/account").cookie(full)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(half)).andExpect(status().isFound());
    }

    @Test
    void aCodeWorksOnceAndARecoveryCodeToo() throws Exception {
        Enrolled member = enrolledMember();
        String code = Accounts.totp(member.factor().secret(), 1);
        Accounts.passSecondFactor(mvc, Accounts.signIn(mvc, member.email(), Accounts.STRONG_PASSWORD,
                "/login/second-factor"), code);

        Cookie again = Accounts.signIn(mvc, member.email(), Accounts.STRONG_PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").cookie(again).with(csrf()).param("code", code))
                .andExpect(content().string(containsString("That code did not work")));

        String recoveryCode = member.factor().recoveryCodes().get(3);
        Accounts.passSecondFactor(mvc, again, recoveryCode.toUpperCase());
        Cookie third = Accounts.signIn(mvc, member.email(), Accounts.STRONG_PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").cookie(third).with(csrf()).param("code", recoveryCode))
                .andExpect(content().string(containsString("That code did not work")));
    }

    @Test
    void fiveWrongCodesEndTheHalfSignedInSession() throws Exception {
        Enrolled member = enrolledMember();
        Cookie half = Accounts.signIn(mvc, member.email(), Accounts.STRONG_PASSWORD, "/login/second-factor");

        for (int attempt = 1; attempt < 5; attempt++) {
            mvc.perform(post("/login/second-factor").cookie(half).with(csrf()).param("code", "00000" + attempt))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/second-factor").cookie(half).with(csrf()).param("code", "999999"))
                .andExpect(redirectedUrl("/login?tooManyCodes"));
        mvc.perform(post("/login/second-factor").cookie(half).with(csrf())
                        .param("code", Accounts.totp(member.factor().secret(), 1)))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aPasswordResetNeverBypassesTheSecondFactor() throws Exception {
        Enrolled member = enrolledMember();
        mvc.perform(post("/password-reset").with(csrf()).param("email", member.email()));
        String token = Accounts.tokenIn(TestMailServer.awaitMail(member.email(), "Choose a new password"));
        String newPassword = "yet another fine passphrase 9";
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", newPassword))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        Accounts.signIn(mvc, member.email(), newPassword, "/login/second-factor");
    }

    @Test
    void anAdministratorNeedsASecondFactorForTheBackOffice() throws Exception {
        Cookie passwordOnly = Accounts.signedInWithRolesPasswordOnly(mvc, jdbc, Role.PLATFORM_ADMIN);

        mvc.perform(get("/admin/audit").cookie(passwordOnly))
                .andExpect(redirectedUrl("/account/second-factor?required"));

        Cookie withSecondFactor = Accounts.enrolSecondFactor(mvc, passwordOnly).session();
        mvc.perform(get("/admin/audit").cookie(withSecondFactor)).andExpect(status().isOk());
    }
}
