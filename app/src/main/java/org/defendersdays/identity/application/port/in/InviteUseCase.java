package org.defendersdays.identity.application.port.in;

import java.util.Locale;
import java.util.Set;

import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;

/** A platform admin invites someone to the platform by mail. */
public interface InviteUseCase {

    /**
     * Mails a single-use link that expires after seven days.
     *
     * @throws AlreadyRegistered if the address has an account (admins may know who is registered)
     */
    void invite(PersonId admin, EmailAddress email, Set<Role> roles, Locale language);

    /** The invited address already has an account; nothing was sent. */
    final class AlreadyRegistered extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public AlreadyRegistered() {
            super("the address has an account", null, false, false);
        }
    }
}
