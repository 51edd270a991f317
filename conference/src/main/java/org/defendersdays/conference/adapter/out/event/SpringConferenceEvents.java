package org.defendersdays.conference.adapter.out.event;

import java.util.UUID;

import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the conference's integration events. Inside a transaction, Spring Modulith's event
 * publication registry stores each one for every listener before commit, and delivers it after.
 */
@Component
class SpringConferenceEvents implements ConferenceEvents {

    private final ApplicationEventPublisher publisher;

    SpringConferenceEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void editionAnnounced(Edition edition) {
        publisher.publishEvent(new ConferenceEditionAnnounced(edition.id().value(), edition.year()));
    }

    @Override
    public void applicationAccepted(UUID editionId, int year, PersonId person) {
        publisher.publishEvent(new ConferenceApplicationAccepted(editionId, year, person));
    }
}
