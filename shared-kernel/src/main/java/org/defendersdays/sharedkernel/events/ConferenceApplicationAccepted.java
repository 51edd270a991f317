package org.defendersdays.sharedkernel.events;

import java.util.Objects;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.event.types.DomainEvent;

/**
 * The conference accepted a person's application to an edition. The community adds them to the
 * edition's group; the bootcamp offers its pre-conference preparation, if it has one. Carries
 * identifiers only: who the person is stays with identity.
 *
 * @param editionId the edition's identifier in the conference module
 * @param year the edition's year, so listeners can label what they create without asking back
 * @param person the accepted person
 */
public record ConferenceApplicationAccepted(UUID editionId, int year, PersonId person) implements DomainEvent {

    public ConferenceApplicationAccepted {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(person, "person");
        if (year < 2000 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }
}
