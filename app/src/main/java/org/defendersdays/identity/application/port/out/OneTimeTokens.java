package org.defendersdays.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.identity.domain.TokenPurpose;

/** Where mailed one-time links are kept (as hashes). */
public interface OneTimeTokens {

    void store(OneTimeToken token);

    /**
     * Takes a token for use: marks it used and returns it, in one step, so two requests with the
     * same link cannot both succeed. Empty if unknown, used, expired or for another purpose.
     */
    Optional<OneTimeToken> consume(String hash, TokenPurpose purpose, Instant now);

    /** Whether an unused, unexpired token with this hash exists, without using it. */
    boolean isUsable(String hash, TokenPurpose purpose, Instant now);

    /** Removes tokens (of every purpose) that expired or were used before the cutoff; returns how many. */
    int removeExpiredOrUsedBefore(Instant cutoff);
}
