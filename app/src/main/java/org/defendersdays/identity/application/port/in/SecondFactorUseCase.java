package org.defendersdays.identity.application.port.in;

import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A person's second factor: an authenticator app (TOTP), with recovery codes for when the phone
 * is lost. Every account with an administrative role needs one before it opens the back office.
 */
public interface SecondFactorUseCase {

    boolean isEnrolled(PersonId person);

    /**
     * Enrols the app whose secret the person scanned, once they prove it works with a code.
     *
     * @return the recovery codes, to show once; empty if the code was wrong
     */
    Optional<List<RecoveryCode>> enrol(PersonId person, TotpSecret scannedSecret, String typedCode);

    /**
     * Checks the second step of a sign-in: a code from the app, or an unused recovery code. Each
     * works once.
     */
    boolean pass(PersonId person, String typedCode);
}
