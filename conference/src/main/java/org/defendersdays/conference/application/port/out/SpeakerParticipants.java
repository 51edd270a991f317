package org.defendersdays.conference.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.domain.programme.SpeakerId;

/** Which speaker records belong to people who also applied to take part. */
public interface SpeakerParticipants {

    /** The reference (first 8 hex digits of the application id) of the application linked to the speaker. */
    Optional<String> linkedReference(SpeakerId speaker);

    /** The application with this reference, if exactly one has it. */
    Optional<UUID> applicationByReference(String reference);

    /** Links the speaker to the application, replacing any earlier link. */
    void link(SpeakerId speaker, UUID application);

    /** @return whether there was a link to remove */
    boolean unlink(SpeakerId speaker);

    /** Those of the speakers who are linked to an application marked high risk. */
    Set<SpeakerId> atRisk(Collection<SpeakerId> speakers);
}
