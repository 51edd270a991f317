package org.defendersdays.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.defendersdays.identity.domain.Invitation;

/** Where invitations are kept (by the hash of their link's secret). */
public interface Invitations {

    void store(Invitation invitation);

    /** Takes an invitation for acceptance, in one step, so a link works once. Empty if unknown, used or expired. */
    Optional<Invitation> consume(String hash, Instant now);

    /** Whether an unused, unexpired invitation with this hash exists, without using it. */
    boolean isUsable(String hash, Instant now);

    /** Removes invitations that expired or were accepted before the cutoff; returns how many. */
    int removeExpiredOrAcceptedBefore(Instant cutoff);
}
