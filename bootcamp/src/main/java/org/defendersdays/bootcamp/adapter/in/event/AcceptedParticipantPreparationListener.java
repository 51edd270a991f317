package org.defendersdays.bootcamp.adapter.in.event;

import org.defendersdays.bootcamp.application.port.in.OfferPreparationUseCase;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Offers a person the conference accepted the bootcamp's preparation for that edition, if one
 * exists. After the conference's commit, in its own transaction; delivered at least once, and idempotent.
 */
@Component
class AcceptedParticipantPreparationListener {

    private static final Logger log = LoggerFactory.getLogger(AcceptedParticipantPreparationListener.class);

    private final OfferPreparationUseCase offers;

    AcceptedParticipantPreparationListener(OfferPreparationUseCase offers) {
        this.offers = offers;
    }

    @ApplicationModuleListener
    void on(ConferenceApplicationAccepted accepted) {
        boolean offered = offers.offerTo(accepted.year(), accepted.person());
        // The edition only: who was accepted is never logged.
        log.info("Acceptance to edition {}: preparation offered: {}", accepted.year(), offered);
    }
}
