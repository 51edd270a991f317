package org.defendersdays.sharedkernel.events;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The conference announced an edition: it is now public and people may gather around it.
 *
 * @param editionId the edition's identifier in the conference module
 * @param year the edition's year, so listeners can label what they create without asking back
 */
public record ConferenceEditionAnnounced(UUID editionId, int year) implements DomainEvent {

    public ConferenceEditionAnnounced {
        Objects.requireNonNull(editionId, "editionId");
        if (year < 2000 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }
}
