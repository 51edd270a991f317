package org.defendersdays.conference.adapter.in.schedule;

import java.util.UUID;

import org.defendersdays.conference.application.port.in.ExpirePlacesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires offered places past their deadline, gives back places of withdrawn applications and
 * fills free places from the waitlist, on the schedule in {@code defendersdays.housekeeping.places.cron}
 * (every ten minutes by default; {@code -} switches it off). Every instance may run it: each call is
 * handled in its own transaction under the call's row lock, and re-read under it, so two instances
 * never expire or promote twice.
 */
@Component
class PlaceExpiry {

    private static final Logger log = LoggerFactory.getLogger(PlaceExpiry.class);

    private final ExpirePlacesUseCase places;

    PlaceExpiry(ExpirePlacesUseCase places) {
        this.places = places;
    }

    @Scheduled(cron = "${defendersdays.housekeeping.places.cron:0 */10 * * * *}")
    void expireAndPromote() {
        for (UUID call : places.callsNeedingHousekeeping()) {
            try {
                int promoted = places.housekeep(call);
                if (promoted > 0) {
                    log.info("Housekeeping: {} people moved up from the waitlist of call {}", promoted, call);
                }
            } catch (RuntimeException e) {
                // Tried again at the next run; the message names tables, not people.
                log.warn("Housekeeping of places failed for call {}: {}", call, e.getMessage());
            }
        }
    }
}
