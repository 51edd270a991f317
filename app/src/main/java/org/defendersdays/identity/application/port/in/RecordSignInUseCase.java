package org.defendersdays.identity.application.port.in;

import java.util.Optional;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Writes sign-in outcomes into the audit trail, with identifiers only (never the typed address). */
public interface RecordSignInUseCase {

    void succeeded(PersonId person);

    /** A passkey sign-in: both factors at once (something held, and the device's own check of the person). */
    void succeededWithPasskey(PersonId person);

    /**
     * A passkey sign-in failed: the ceremony did not verify, or the account may not sign in.
     *
     * @param person the account the passkey belongs to, if that is known
     * @param reason a code for why, such as {@code passkeyNotVerified}
     */
    void failedWithPasskey(Optional<PersonId> person, String reason);

    /** The password was right; the second factor is still to come (recorded when passed or failed). */
    void passwordPassed(PersonId person);

    /**
     * A sign-in failed; the entry names the account if the typed address belongs to one.
     *
     * @param reason a code for why, such as {@code badCredentials}
     */
    void failed(String typedEmail, String reason);
}
