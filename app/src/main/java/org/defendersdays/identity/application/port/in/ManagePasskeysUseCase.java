package org.defendersdays.identity.application.port.in;

import java.util.List;

import org.defendersdays.identity.domain.passkey.PasskeyId;
import org.defendersdays.identity.domain.passkey.PasskeySummary;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A person's own passkeys: getting ready to add one, noting it was added, listing and removing them. */
public interface ManagePasskeysUseCase {

    /**
     * Makes sure the person has a WebAuthn user handle before a registration ceremony starts.
     *
     * @return false if the account no longer exists
     */
    boolean prepareRegistration(PersonId person);

    /** Records (in the audit trail) that the ceremony stored a new passkey for the person. */
    void registered(PersonId person, PasskeyId id);

    List<PasskeySummary> passkeys(PersonId person);

    /** Removes one of the person's own passkeys; false if they hold none with this id. */
    boolean remove(PersonId person, PasskeyId id);
}
