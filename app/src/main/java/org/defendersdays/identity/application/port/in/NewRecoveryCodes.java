package org.defendersdays.identity.application.port.in;

import java.util.List;
import java.util.Objects;

import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.recovery.RecoveryCodes;

/**
 * Freshly issued recovery codes: the codes to show the person once (and never again), and their
 * hashes to store in place of any earlier set.
 */
public record NewRecoveryCodes(List<RecoveryCode> toShowOnce, RecoveryCodes toStore) {

    public NewRecoveryCodes {
        toShowOnce = List.copyOf(toShowOnce);
        Objects.requireNonNull(toStore, "toStore");
    }
}
