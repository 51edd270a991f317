package org.defendersdays.identity.adapter.in.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo accounts README promises: each signs in with the documented password (and key). */
@PlatformTest
class IdentityDemoDataTest {

    @Autowired
    MockMvc mvc;

    private static String email(String localPart) {
        return localPart + "@demo.defendersdays.invalid";
    }

    @Test
    void theDemoMemberSignsInWithTheDocumentedPassword() throws Exception {
        Cookie session = Accounts.signIn(mvc, email("member"), IdentityDemoData.PASSWORD);

        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void theDemoPlatformAdminOpensTheBackOfficeWithTheDocumentedKey() throws Exception {
        Cookie half = Accounts.signIn(mvc, email("platform-admin"), IdentityDemoData.PASSWORD, "/login/second-factor");
        Cookie full = Accounts.passSecondFactor(mvc, half, Accounts.totp(IdentityDemoData.ADMIN_TOTP_KEY, 0));

        mvc.perform(get("/admin/audit").cookie(full)).andExpect(status().isOk());
    }

    @Test
    void everyDemoAccountExists() throws Exception {
        for (String localPart : new String[] { "trainer" }) {
            Accounts.signIn(mvc, email(localPart), IdentityDemoData.PASSWORD);
        }
        for (String localPart : new String[] { "reviewer", "conference-admin", "bootcamp-admin",
                "community-moderator" }) {
            Accounts.signIn(mvc, email(localPart), IdentityDemoData.PASSWORD, "/login/second-factor");
        }
    }
}
