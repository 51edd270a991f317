package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.programme.SpeakerId;

/** Anyone sees a speaker's photo, but only while the person consents to their name and photo being shown. */
public interface SeePublicSpeakerPhotoUseCase {

    /**
     * The JPEG bytes if the speaker's public profile shows the photo with this hash right now;
     * empty otherwise (unknown speaker, old photo, no consent), without telling which.
     */
    Optional<byte[]> publicPhoto(SpeakerId id, String sha256);
}
