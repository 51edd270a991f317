package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.defendersdays.identity.application.port.in.AcceptInvitationUseCase;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.sharedkernel.testing.TestPostgres;
import org.defendersdays.testing.AnotherPlatformInstance;
import org.defendersdays.testing.AnotherPlatformInstance.CommandRun;
import org.defendersdays.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new production installation has no account: the operator invites its first platform admin with
 * {@code --defendersdays.bootstrap.platform-admin=<email>}, each case on a database of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlatformAdminBootstrapTest {

    private static final String COMMAND = "--defendersdays.bootstrap.platform-admin=";

    private static JdbcTemplate jdbc(TestPostgres.Database database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
    }

    @Test
    void theOperatorInvitesTheFirstPlatformAdminAndOnceThereIsOneTheCommandIsRefused(CapturedOutput output) {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        JdbcTemplate jdbc = jdbc(database);
        String email = Accounts.freshEmail();

        CommandRun run = AnotherPlatformInstance.runCommand(database, COMMAND + email.toUpperCase());

        assertThat(run.exitCode()).isZero();
        assertThat(run.webServerPort()).as("nothing is served during a command").isLessThanOrEqualTo(0);
        String link = output.getOut().lines().filter(line -> line.contains("/invitation?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("no link printed: " + output.getOut()));
        assertThat(link).startsWith("http://localhost:8080/invitation?token=");
        // The address and the link are printed for the operator, never logged.
        assertThat(output.getAll().lines().filter(line -> line.contains(email)))
                .singleElement().asString().startsWith("Invitation ");
        assertThat(output.getAll().lines().filter(line -> line.contains(Accounts.tokenIn(link)))).hasSize(1);

        Map<String, Object> invitation = jdbc.queryForMap(
                "SELECT id::text AS id, email, array_to_string(roles, ',') AS roles, accepted_at FROM identity.invitation");
        assertThat(invitation).containsEntry("email", email).containsEntry("roles", "PLATFORM_ADMIN");
        assertThat(jdbc.queryForMap("SELECT actor_id, outcome, detail FROM audit.entry "
                + "WHERE action = 'identity.invitation.bootstrapped' AND target_id = ?", invitation.get("id")))
                .containsEntry("actor_id", null).containsEntry("outcome", "SUCCESS")
                .containsEntry("detail", "PLATFORM_ADMIN");

        // The invited person opens the link on the running platform and creates their account.
        String token = Accounts.tokenIn(link);
        try (ConfigurableApplicationContext platform = AnotherPlatformInstance.startOn(database)) {
            int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
            assertThat(new Http(port).get("/invitation?token=" + token).body()).contains("Create my account");
            platform.getBean(AcceptInvitationUseCase.class).accept(token, new DisplayName("First Admin"),
                    Accounts.STRONG_PASSWORD);
        }
        assertThat(jdbc.queryForObject("SELECT array_to_string(roles, ',') FROM identity.account WHERE email = ?",
                String.class, email)).contains("PLATFORM_ADMIN");

        // From now on platform admins invite others in the back office; the command refuses.
        String another = Accounts.freshEmail();
        CommandRun refused = AnotherPlatformInstance.runCommand(database, COMMAND + another);

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(output.getErr()).contains("Refused: an account holds the platform admin role already");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.invitation", Integer.class)).isOne();
        assertThat(output.getAll()).doesNotContain(another);
        assertThat(jdbc.queryForList("SELECT outcome || ':' || detail FROM audit.entry "
                + "WHERE action = 'identity.invitation.bootstrapped' AND actor_id IS NULL ORDER BY sequence",
                String.class)).containsExactly("SUCCESS:PLATFORM_ADMIN", "DENIED:platformAdminExists");
    }

    @Test
    void aBadAddressOrAnAddressWithAnAccountIsRefusedAndNothingChanges(CapturedOutput output) {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        JdbcTemplate jdbc = jdbc(database);

        for (String bad : List.of("not-an-address", "")) {
            CommandRun run = AnotherPlatformInstance.runCommand(database, COMMAND + bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
        }
        assertThat(output.getErr()).contains("Not an email address");
        assertThat(output.getOut()).doesNotContain("/invitation?token=");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.invitation", Integer.class)).isZero();

        // A member registered before the installation had an admin: an invitation could not be accepted.
        String member = Accounts.freshEmail();
        jdbc.update("INSERT INTO identity.account (id, email, display_name, password_hash, status, roles, "
                + "registered_at, version) VALUES (gen_random_uuid(), ?, 'Early Member', 'x', 'ACTIVE', "
                + "'{MEMBER}', now(), 0)", member);
        CommandRun refused = AnotherPlatformInstance.runCommand(database, COMMAND + member);

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(output.getErr()).contains("Refused: that address has an account already");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.invitation", Integer.class)).isZero();
        assertThat(Arrays.stream(output.getAll().split("\n")).filter(line -> line.contains(member))).isEmpty();
    }
}
