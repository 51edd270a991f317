package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A platform admin manages accounts in the back office; every action is audited. */
@PlatformTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String adminId;
    private Cookie admin;

    @BeforeEach
    void signInAnAdmin() throws Exception {
        admin = Accounts.signedInWithRoles(mvc, jdbc, Role.PLATFORM_ADMIN);
        adminId = personSignedInWith(admin);
    }

    /** Sessions are stored under the person's id (Spring Session's cookie holds the session id in Base64). */
    private String personSignedInWith(Cookie session) {
        String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        return jdbc.queryForObject("SELECT principal_name FROM identity.spring_session WHERE session_id = ?",
                String.class, sessionId);
    }

    private String idOf(String email) {
        return jdbc.queryForObject("SELECT id::text FROM identity.account WHERE email = ?", String.class, email);
    }

    private String statusOf(String id) {
        return jdbc.queryForObject("SELECT status FROM identity.account WHERE id = ?::uuid", String.class, id);
    }

    private List<String> rolesOf(String id) {
        return jdbc.queryForList("SELECT unnest(roles) FROM identity.account WHERE id = ?::uuid", String.class, id);
    }

    private List<String> auditOf(String targetId) {
        return jdbc.queryForList("SELECT action || coalesce(':' || detail, '') FROM audit.entry "
                + "WHERE target_id = ? AND actor_id = ?::uuid ORDER BY sequence", String.class, targetId, adminId);
    }

    private ResultActions act(String id, String action, String... roleParam) throws Exception {
        var request = post("/admin/users/" + id + "/" + action).with(csrf()).cookie(admin);
        if (roleParam.length > 0) {
            request = request.param("role", roleParam[0]);
        }
        return mvc.perform(request);
    }

    @Test
    void aGrantedRoleIsSeenAfterSigningInAgain() throws Exception {
        String email = Accounts.verified(mvc, "Layla");
        String id = idOf(email);

        act(id, "roles/grant", "TRAINER").andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("done", "identity.admin.done.granted"));

        Cookie member = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        mvc.perform(get("/account").cookie(member)).andExpect(content().string(containsString("Trainer")));
        assertThat(auditOf(id)).containsExactly("identity.role.granted:TRAINER");

        act(id, "roles/revoke", "TRAINER").andExpect(flash().attribute("done", "identity.admin.done.revoked"));
        assertThat(rolesOf(id)).containsExactly("MEMBER");
        // The role ends at once: the sessions that carried it are over.
        mvc.perform(get("/account").cookie(member)).andExpect(status().isFound());
        assertThat(auditOf(id)).containsExactly("identity.role.granted:TRAINER", "identity.role.revoked:TRAINER");
    }

    @Test
    void lockingEndsTheSessionsAndBlocksSignInUntilUnlocked() throws Exception {
        String email = Accounts.verified(mvc, "Musa");
        String id = idOf(email);
        Cookie member = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);

        act(id, "lock").andExpect(flash().attribute("done", "identity.admin.done.locked"));

        assertThat(statusOf(id)).isEqualTo("LOCKED");
        mvc.perform(get("/account").cookie(member)).andExpect(status().isFound());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(Accounts.STRONG_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        act(id, "unlock").andExpect(flash().attribute("done", "identity.admin.done.unlocked"));
        Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        assertThat(auditOf(id)).containsExactly("identity.account.locked", "identity.account.unlocked");
    }

    @Test
    void anAccountThatIsNotActiveCannotBeLocked() throws Exception {
        String email = Accounts.freshEmail();
        mvc.perform(post("/register").with(csrf()).param("displayName", "Quinn").param("email", email)
                .param("password", Accounts.STRONG_PASSWORD));
        String id = idOf(email);

        act(id, "lock").andExpect(flash().attribute("refused", "identity.admin.refused.notActive"));
        act(id, "roles/grant", "TRAINER").andExpect(flash().attribute("refused", "identity.role.notVerified"));

        assertThat(statusOf(id)).isEqualTo("PENDING_VERIFICATION");
        assertThat(auditOf(id)).isEmpty();
    }

    @Test
    void forcedSignOutEndsEverySession() throws Exception {
        String email = Accounts.verified(mvc, "Nadia");
        String id = idOf(email);
        Cookie member = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);

        act(id, "sign-out").andExpect(flash().attribute("done", "identity.admin.done.signedOut"));

        mvc.perform(get("/account").cookie(member)).andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(auditOf(id)).containsExactly("identity.account.signedOut");
    }

    @Test
    void anAdminCannotLockThemselvesOrDropTheirOwnAdminRole() throws Exception {
        act(adminId, "lock").andExpect(flash().attribute("refused", "identity.admin.refused.lockSelf"));
        act(adminId, "roles/revoke", "PLATFORM_ADMIN")
                .andExpect(flash().attribute("refused", "identity.admin.refused.ownAdminRole"));

        assertThat(statusOf(adminId)).isEqualTo("ACTIVE");
        assertThat(rolesOf(adminId)).contains("PLATFORM_ADMIN");
        mvc.perform(get("/admin/users/" + adminId).cookie(admin).flashAttr("refused",
                        "identity.admin.refused.lockSelf"))
                .andExpect(content().string(containsString("You cannot lock your own account")));
    }

    @Test
    void theListShowsNoAddressesAndReadingOneIsAudited() throws Exception {
        String name = "Omar " + UUID.randomUUID().toString().substring(0, 8);
        String email = Accounts.verified(mvc, name);
        String id = idOf(email);

        mvc.perform(post("/admin/users").with(csrf()).param("q", name.toUpperCase()).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/admin/users/" + id)))
                .andExpect(content().string(not(containsString(email))));
        assertThat(auditOf(id)).isEmpty();

        mvc.perform(get("/admin/users/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString("password"))));
        assertThat(auditOf(id)).containsExactly("identity.account.viewed");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        String id = idOf(Accounts.verified(mvc, "Pita"));

        mvc.perform(get("/admin/users/not-a-uuid").cookie(admin)).andExpect(status().isBadRequest());
        act("not-a-uuid", "lock").andExpect(status().isBadRequest());
        act(id, "roles/grant", "EMPEROR").andExpect(status().isBadRequest());
        act(id, "roles/grant", "x".repeat(10_000)).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users").with(csrf()).param("q", "x".repeat(10_000)).cookie(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/" + UUID.randomUUID()).cookie(admin)).andExpect(status().isNotFound());
        act(UUID.randomUUID().toString(), "lock").andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + id + "/lock").cookie(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/roles/grant").param("role", "TRAINER").cookie(admin))
                .andExpect(status().isForbidden());

        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(rolesOf(id)).containsExactly("MEMBER");
        assertThat(auditOf(id)).isEmpty();
    }

    @Test
    void aMemberWithoutTheAdminRoleIsKeptOut() throws Exception {
        String email = Accounts.verified(mvc, "Rafi");
        Cookie member = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        mvc.perform(get("/admin/users").cookie(member)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + adminId + "/lock").with(csrf()).cookie(member))
                .andExpect(status().isForbidden());
        assertThat(statusOf(adminId)).isEqualTo("ACTIVE");
    }
}
