package org.defendersdays.conference.domain.participants;

import java.util.Objects;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A person holding a confirmed place at an edition, with what decides whether others see them.
 *
 * @param person who it is
 * @param listedToParticipants whether they agreed to be listed to the other participants
 * @param highRisk whether an admin marked them at high risk: then they are never listed
 */
public record Participant(PersonId person, boolean listedToParticipants, boolean highRisk) implements ValueObject {

    public Participant {
        Objects.requireNonNull(person, "person");
    }

    /** Whether the other participants may see this person's name. */
    public boolean isListed() {
        return listedToParticipants && !highRisk;
    }
}
