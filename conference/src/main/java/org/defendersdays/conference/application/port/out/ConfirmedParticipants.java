package org.defendersdays.conference.application.port.out;

import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** The people holding a confirmed place at an edition (the {@code confirmed_participant} view). */
public interface ConfirmedParticipants {

    /** The language the person wants to hear from us in, if they hold a confirmed place at the edition. */
    Optional<String> messageLanguage(EditionId edition, PersonId person);
}
