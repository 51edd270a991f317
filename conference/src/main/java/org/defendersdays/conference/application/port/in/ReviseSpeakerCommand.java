package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;

/** Replace what is known of a speaker (name, bio, organisation); consents stay as recorded. */
public record ReviseSpeakerCommand(SpeakerId speaker, long version, SpeakerProfile profile) implements SpeakerChange {

    public ReviseSpeakerCommand {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(profile, "profile");
    }
}
