package org.defendersdays.identity.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.Role;

/**
 * Creates an account that is verified from the start, with roles and optionally a known second
 * factor: for the demo data set. (The first platform admin of a real installation is invited
 * instead, see {@link BootstrapPlatformAdminUseCase}.) Does nothing if the address already has an
 * account.
 */
public interface SeedAccountUseCase {

    /** @return whether an account was created */
    boolean seed(SeedAccountCommand command);

    /** What to seed. */
    record SeedAccountCommand(EmailAddress email, DisplayName displayName, String password, Set<Role> roles,
            Optional<TotpSecret> secondFactor) {

        public SeedAccountCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(password, "password");
            roles = Set.copyOf(roles);
            Objects.requireNonNull(secondFactor, "secondFactor");
        }

        @Override
        public String toString() {
            return "SeedAccountCommand[hidden]";
        }
    }
}
