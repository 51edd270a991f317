package org.defendersdays.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes one-time links and invitations that expired, or were used, more than the grace period
 * ago. The grace period leaves time to look into a complaint about a link before its row goes.
 */
@Transactional
public class LinkHousekeeping implements RemoveStaleLinksUseCase {

    private final OneTimeTokens tokens;
    private final Invitations invitations;
    private final Duration grace;
    private final Clock clock;

    public LinkHousekeeping(OneTimeTokens tokens, Invitations invitations, Duration grace, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.grace = Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period must not be negative");
        }
        this.clock = clock;
    }

    @Override
    public StaleLinksRemoved removeStaleLinks() {
        Instant cutoff = clock.instant().minus(grace);
        return new StaleLinksRemoved(tokens.removeExpiredOrUsedBefore(cutoff),
                invitations.removeExpiredOrAcceptedBefore(cutoff));
    }
}
