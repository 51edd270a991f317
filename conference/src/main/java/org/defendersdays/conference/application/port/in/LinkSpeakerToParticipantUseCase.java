package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A speaker who also applied to take part is linked to their application (by its reference), so
 * that marking the participant high risk hides them as a speaker everywhere at once.
 */
public interface LinkSpeakerToParticipantUseCase {

    /** The reference of the linked application, if any. @throws UnknownSpeaker */
    Optional<String> linkedReference(SpeakerId speaker);

    /** @throws UnknownSpeaker @throws UnknownApplicationReference if no single application has the reference */
    void link(PersonId admin, SpeakerId speaker, String reference);

    /** @throws UnknownSpeaker */
    void unlink(PersonId admin, SpeakerId speaker);
}
