package org.defendersdays.conference.adapter.in.schedule;

import java.time.LocalDate;
import java.time.ZoneId;

import org.defendersdays.conference.application.port.in.EraseTravelDataUseCase;
import org.defendersdays.conference.application.port.in.TravelDataErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases passport details and travel contact details after each edition, on the schedule in
 * {@code defendersdays.housekeeping.passports.cron} (daily at 04:23 by default; {@code -} switches
 * it off), once the edition's last day is {@code defendersdays.housekeeping.passports.grace-days}
 * behind (Stockholm time). Every instance may run it: each erasure is one idempotent UPDATE.
 */
@Component
class TravelDataCleanup {

    private static final Logger log = LoggerFactory.getLogger(TravelDataCleanup.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final EraseTravelDataUseCase erasure;

    TravelDataCleanup(EraseTravelDataUseCase erasure) {
        this.erasure = erasure;
    }

    @Scheduled(cron = "${defendersdays.housekeeping.passports.cron:0 23 4 * * *}", zone = "Europe/Stockholm")
    void eraseTravelData() {
        try {
            TravelDataErased erased = erasure.eraseAfterConferences(LocalDate.now(STOCKHOLM));
            if (erased.passports() > 0 || erased.travelContacts() > 0) {
                log.info("Housekeeping: erased the passport details of {} and the travel contacts of {} requests",
                        erased.passports(), erased.travelContacts());
            }
        } catch (RuntimeException e) {
            // Tried again at the next run; the message names tables, not people.
            log.warn("Housekeeping of travel data failed: {}", e.getMessage());
        }
    }
}
