package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A person's confirmed place at an edition ended (they gave it back or withdrew their application):
 * their workshop seats and waitlist places go, and the next people waiting move up and are told.
 * Doing nothing is fine when the person holds no workshop place.
 */
@FunctionalInterface
public interface ReleaseWorkshopPlacesUseCase {

    void releaseAll(EditionId edition, PersonId person);
}
