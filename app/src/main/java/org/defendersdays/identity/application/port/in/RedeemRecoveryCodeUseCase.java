package org.defendersdays.identity.application.port.in;

import java.util.Optional;

import org.defendersdays.identity.domain.recovery.RecoveryCodes;

/** Uses one recovery code in place of the second factor. */
public interface RedeemRecoveryCodeUseCase {

    /**
     * The codes left after using the typed one, which the caller stores in place of
     * {@code unused}; nothing if the typed code is not one of them.
     */
    Optional<RecoveryCodes> redeem(RecoveryCodes unused, String typedCode);
}
