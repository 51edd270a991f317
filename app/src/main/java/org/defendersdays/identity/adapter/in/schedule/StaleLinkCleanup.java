package org.defendersdays.identity.adapter.in.schedule;

import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase;
import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase.StaleLinksRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stale one-time links and invitations on the schedule in
 * {@code defendersdays.housekeeping.stale-links.cron} (hourly by default; {@code -} switches it off).
 * Every instance runs it; the removal is one idempotent DELETE per table, so running it at the same
 * time on several instances is harmless.
 */
@Component
class StaleLinkCleanup {

    private static final Logger log = LoggerFactory.getLogger(StaleLinkCleanup.class);

    private final RemoveStaleLinksUseCase housekeeping;

    StaleLinkCleanup(RemoveStaleLinksUseCase housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Scheduled(cron = "${defendersdays.housekeeping.stale-links.cron:0 41 * * * *}")
    void removeStaleLinks() {
        try {
            StaleLinksRemoved removed = housekeeping.removeStaleLinks();
            if (removed.oneTimeTokens() > 0 || removed.invitations() > 0) {
                log.info("Housekeeping: removed {} stale one-time links and {} stale invitations",
                        removed.oneTimeTokens(), removed.invitations());
            }
        } catch (RuntimeException e) {
            // Tried again at the next run; the message names tables, not people.
            log.warn("Housekeeping of stale links failed: {}", e.getMessage());
        }
    }
}
