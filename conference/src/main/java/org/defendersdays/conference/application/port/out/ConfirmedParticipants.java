package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.participants.Participant;
import org.defendersdays.sharedkernel.identity.PersonId;

/** The people holding a confirmed place at an edition (the {@code confirmed_participant} view). */
public interface ConfirmedParticipants {

    /** The person's confirmed place at the edition, if they hold one. */
    Optional<Participant> find(EditionId edition, PersonId person);

    /** Everyone holding a confirmed place at the edition, in no particular order. */
    List<Participant> of(EditionId edition);

    /** The language the person wants to hear from us in, if they hold a confirmed place at the edition. */
    Optional<String> messageLanguage(EditionId edition, PersonId person);
}
