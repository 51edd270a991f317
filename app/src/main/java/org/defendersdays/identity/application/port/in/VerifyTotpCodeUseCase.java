package org.defendersdays.identity.application.port.in;

import java.util.Optional;

import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;

/**
 * Checks a code from an authenticator app. Each code is single use: the caller stores the
 * returned step as the account's last used step (in the same transaction that accepts the
 * sign-in, guarded against a concurrent update) and passes it back next time.
 */
public interface VerifyTotpCodeUseCase {

    /**
     * The time step of the accepted code, or nothing if the code is wrong, malformed, outside the
     * current step and its two neighbours, or from a step at or before {@code lastUsedStep}.
     */
    Optional<TotpTimeStep> verify(TotpSecret secret, String typedCode, Optional<TotpTimeStep> lastUsedStep);
}
