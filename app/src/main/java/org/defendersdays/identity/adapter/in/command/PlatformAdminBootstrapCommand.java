package org.defendersdays.identity.adapter.in.command;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

import org.defendersdays.identity.application.port.in.BootstrapPlatformAdminUseCase;
import org.defendersdays.identity.application.port.in.BootstrapPlatformAdminUseCase.FirstAdminInvitation;
import org.defendersdays.identity.application.port.in.BootstrapPlatformAdminUseCase.PlatformAdminExists;
import org.defendersdays.identity.application.port.in.InviteUseCase.AlreadyRegistered;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar defendersdays.jar --defendersdays.bootstrap.platform-admin=<email>}: invites the
 * first platform admin of a new installation and prints the single-use link for the operator to
 * hand over. The link and the address go to standard output only, never to the log. The run then
 * ends with the exit code of {@link #getExitCode()}: the platform module's {@code OperatorCommand}
 * knows the property too, keeps the web server off for such a run, and ends it.
 */
@Component
@ConditionalOnProperty(PlatformAdminBootstrapCommand.PROPERTY)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformAdminBootstrapCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The command's property (also named in the platform module's {@code OperatorCommand}). */
    static final String PROPERTY = "defendersdays.bootstrap.platform-admin";

    /** The first platform admin was invited. */
    static final int INVITED = 0;
    /** The address given is not an email address. */
    static final int BAD_ADDRESS = 2;
    /** Refused: a platform admin exists already, or the address has an account. */
    static final int REFUSED = 3;

    private final BootstrapPlatformAdminUseCase bootstrap;
    private final String email;
    private final String publicUrl;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = REFUSED;

    PlatformAdminBootstrapCommand(BootstrapPlatformAdminUseCase bootstrap,
            @Value("${" + PROPERTY + "}") String email,
            @Value("${defendersdays.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.bootstrap = bootstrap;
        this.email = email;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments args) {
        EmailAddress address;
        try {
            address = new EmailAddress(email);
        } catch (IdentityRuleViolation notAnAddress) {
            err.println("Not an email address: " + PROPERTY
                    + " needs the address of the first platform admin. No invitation was made.");
            exitCode = BAD_ADDRESS;
            return;
        }
        try {
            FirstAdminInvitation invitation = bootstrap.inviteFirstPlatformAdmin(address);
            out.println("Invitation " + invitation.id() + " for the first platform admin (" + address.value()
                    + "), valid until " + invitation.expiresAt().truncatedTo(ChronoUnit.SECONDS) + ".");
            out.println("Give this single-use link to that person only, over a channel you trust:");
            out.println(publicUrl + "/invitation?token=" + URLEncoder.encode(invitation.secret(), StandardCharsets.UTF_8));
            out.println("They choose a display name and a password, then must set up an authenticator app"
                    + " before the back office (/admin) opens.");
            exitCode = INVITED;
        } catch (PlatformAdminExists exists) {
            err.println("Refused: an account holds the platform admin role already. Platform admins invite"
                    + " others in the back office (/admin/users/invite). No invitation was made.");
            exitCode = REFUSED;
        } catch (AlreadyRegistered registered) {
            err.println("Refused: that address has an account already, and an invitation cannot turn it into"
                    + " a platform admin. Use another address. No invitation was made.");
            exitCode = REFUSED;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
