package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.programme.SpeakerPhoto;

/** Organisers give a speaker a photo, or a new one. */
public interface ReplaceSpeakerPhotoUseCase {

    /**
     * @return the photo as kept (re-encoded, metadata-free)
     * @throws UnknownSpeaker if there is no such speaker
     * @throws StaleSpeaker if the speaker changed since the given version
     * @throws org.defendersdays.conference.domain.programme.ProgrammeRuleViolation (field {@code photo})
     *         if the upload is too large, not a readable JPEG or PNG, or too large in pixels
     */
    SpeakerPhoto replacePhoto(ReplaceSpeakerPhotoCommand command);
}
