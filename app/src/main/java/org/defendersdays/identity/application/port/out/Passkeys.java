package org.defendersdays.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.domain.passkey.PasskeyId;
import org.defendersdays.identity.domain.passkey.PasskeySummary;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * The passkeys held for accounts, as identity itself needs them. (The WebAuthn ceremonies read and
 * write the same records through Spring Security's own repository interfaces.)
 */
public interface Passkeys {

    /**
     * Gives the person this random WebAuthn user handle, unless they already have one.
     *
     * @return whether the person now has a handle (false only if there is no such account)
     */
    boolean ensureUserHandle(PersonId person, byte[] newUserHandle, Instant now);

    /** The person whose WebAuthn user handle this is. */
    Optional<PersonId> ownerOfUserHandle(byte[] userHandle);

    /** The person's passkeys, newest first. */
    List<PasskeySummary> of(PersonId person);

    /** Removes one of the person's passkeys; false if they hold none with this id. */
    boolean remove(PersonId person, PasskeyId id);
}
