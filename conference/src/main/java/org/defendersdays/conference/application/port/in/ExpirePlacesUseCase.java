package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * Housekeeping of places: offers past their deadline expire, places held by withdrawn applications
 * are given back, and free places go to the waitlist in rank order. Safe to run on several instances
 * at once: each call is handled under its row lock.
 */
public interface ExpirePlacesUseCase {

    List<UUID> callsNeedingHousekeeping();

    /** @return how many people moved up from the waitlist */
    int housekeep(UUID callId);
}
