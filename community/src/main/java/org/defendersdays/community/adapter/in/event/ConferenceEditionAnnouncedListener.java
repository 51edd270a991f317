package org.defendersdays.community.adapter.in.event;

import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an edition's participant group when the conference announces the edition. Runs after the
 * conference's transaction commits, in its own. Events are delivered at least once (again after a
 * restart, or twice at once): the use case is idempotent, so a repeat changes nothing.
 */
@Component
class ConferenceEditionAnnouncedListener {

    private static final Logger log = LoggerFactory.getLogger(ConferenceEditionAnnouncedListener.class);

    private final OpenEditionGroupUseCase openEditionGroup;

    ConferenceEditionAnnouncedListener(OpenEditionGroupUseCase openEditionGroup) {
        this.openEditionGroup = openEditionGroup;
    }

    @ApplicationModuleListener
    void on(ConferenceEditionAnnounced announced) {
        GroupId group = openEditionGroup.openFor(new EditionReference(announced.editionId(), announced.year()));
        // Identifiers only: nothing about people is ever logged.
        log.info("Edition {} ({}) has participant group {}", announced.editionId(), announced.year(), group);
    }
}
