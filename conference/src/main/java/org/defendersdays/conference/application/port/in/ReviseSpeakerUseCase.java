package org.defendersdays.conference.application.port.in;

/** Organisers correct a speaker's profile. */
public interface ReviseSpeakerUseCase {

    /**
     * @throws UnknownSpeaker if there is no such speaker
     * @throws StaleSpeaker if the speaker changed since the given version
     */
    void revise(ReviseSpeakerCommand command);
}
