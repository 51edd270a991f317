package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;

/** Organisers look at every speaker, with everything known and every consent: back office only. */
public interface BrowseSpeakersUseCase {

    /** Every speaker, by name. */
    List<Speaker> allSpeakers();

    /** @throws UnknownSpeaker if there is no such speaker */
    Speaker speaker(SpeakerId id);

    /** The JPEG bytes of the speaker's current photo if it has this hash, whether public or not. */
    Optional<byte[]> photoPreview(SpeakerId id, String sha256);
}
