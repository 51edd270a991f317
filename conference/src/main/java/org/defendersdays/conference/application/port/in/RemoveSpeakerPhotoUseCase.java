package org.defendersdays.conference.application.port.in;

/** Organisers remove a speaker's photo. */
public interface RemoveSpeakerPhotoUseCase {

    /**
     * @return whether there was a photo to remove
     * @throws UnknownSpeaker if there is no such speaker
     * @throws StaleSpeaker if the speaker changed since the given version
     */
    boolean removePhoto(RemoveSpeakerPhotoCommand command);
}
