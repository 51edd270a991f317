package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.SpeakerId;

/** Remove a speaker's photo; its bytes are deleted, and so is the consent to show it. */
public record RemoveSpeakerPhotoCommand(SpeakerId speaker, long version) implements SpeakerChange {

    public RemoveSpeakerPhotoCommand {
        Objects.requireNonNull(speaker, "speaker");
    }
}
