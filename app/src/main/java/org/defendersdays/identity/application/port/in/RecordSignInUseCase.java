package org.defendersdays.identity.application.port.in;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Writes sign-in outcomes into the audit trail, with identifiers only (never the typed address). */
public interface RecordSignInUseCase {

    void succeeded(PersonId person);

    /** The password was right; the second factor is still to come (recorded when passed or failed). */
    void passwordPassed(PersonId person);

    /**
     * A sign-in failed; the entry names the account if the typed address belongs to one.
     *
     * @param reason a code for why, such as {@code badCredentials}
     */
    void failed(String typedEmail, String reason);
}
