package org.defendersdays.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.defendersdays.identity.domain.recovery.RecoveryCodes;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Where people's second factors are kept. */
public interface SecondFactors {

    Optional<StoredSecondFactor> find(PersonId person);

    boolean exists(PersonId person);

    /** Enrols (or replaces) the person's authenticator app and recovery codes. */
    void enrol(PersonId person, TotpSecret secret, TotpTimeStep usedStep, RecoveryCodes recoveryCodes, Instant now);

    /**
     * Records that a code of this time step was used, only if it is later than any used before, in
     * one statement: of two requests with the same code, only one succeeds.
     */
    boolean useStep(PersonId person, TotpTimeStep step);

    void replaceRecoveryCodes(PersonId person, RecoveryCodes remaining);

    /** A stored second factor; its secret never leaves identity. */
    record StoredSecondFactor(TotpSecret secret, Optional<TotpTimeStep> lastUsedStep, RecoveryCodes recoveryCodes) {
    }
}
