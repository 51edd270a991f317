package org.defendersdays.identity.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.defendersdays.identity.domain.EmailAddress;

/**
 * The operator of a new installation invites its first platform admin from the server's command
 * line. Works only while no account holds the platform admin role; after that, platform admins
 * invite each other in the back office.
 */
public interface BootstrapPlatformAdminUseCase {

    /**
     * Stores a single-use invitation with the platform admin role, like an admin's invitation but
     * without a mail: the operator hands the link over.
     *
     * @throws PlatformAdminExists if any account holds the platform admin role; nothing is stored
     * @throws InviteUseCase.AlreadyRegistered if the address has an account; nothing is stored
     */
    FirstAdminInvitation inviteFirstPlatformAdmin(EmailAddress email);

    /**
     * The stored invitation and the secret for its link, which is stored nowhere.
     *
     * @param id the invitation's id, as in the audit trail
     * @param secret the secret part of the link
     * @param expiresAt when the link stops working
     */
    record FirstAdminInvitation(UUID id, String secret, Instant expiresAt) {

        public FirstAdminInvitation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "FirstAdminInvitation[" + id + "]";
        }
    }

    /** An account holds the platform admin role already: the bootstrap is closed. */
    final class PlatformAdminExists extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PlatformAdminExists() {
            super("an account holds the platform admin role", null, false, false);
        }
    }
}
