package org.defendersdays.identity.domain.totp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time steps whose code is accepted at a given moment: the current step and one on either
 * side for clock drift, except those at or before the account's last used step. That makes every
 * code single use (RFC 6238 section 5.2): a code seen once, by the server or by someone looking
 * over a shoulder, never opens the account again.
 */
public final class TotpWindow {

    private TotpWindow() {
    }

    public static List<TotpTimeStep> acceptableSteps(Instant now, Optional<TotpTimeStep> lastUsed) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lastUsed, "lastUsed");
        return TotpTimeStep.containing(now).withNeighbours().stream()
                .filter(step -> lastUsed.map(step::isAfter).orElse(true))
                .toList();
    }
}
