package org.defendersdays.community.adapter.in.event;

import org.defendersdays.community.application.port.in.AdmitToEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Adds a person the conference accepted to the edition's participant group (opening the group if
 * the announcement has not arrived yet). After the conference's commit, in its own transaction;
 * delivered at least once, and idempotent.
 */
@Component
class AcceptedParticipantJoinsGroupListener {

    private static final Logger log = LoggerFactory.getLogger(AcceptedParticipantJoinsGroupListener.class);

    private final AdmitToEditionGroupUseCase admit;

    AcceptedParticipantJoinsGroupListener(AdmitToEditionGroupUseCase admit) {
        this.admit = admit;
    }

    @ApplicationModuleListener
    void on(ConferenceApplicationAccepted accepted) {
        admit.admit(new EditionReference(accepted.editionId(), accepted.year()), accepted.person());
        // Identifiers of the edition only: who was accepted is never logged.
        log.info("An accepted participant of edition {} ({}) is in its group", accepted.editionId(), accepted.year());
    }
}
