package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.SpeakerProfile;

/** Add a trainer, panellist or speaker; nothing of them is public until consents are recorded. */
public record AddSpeakerCommand(SpeakerProfile profile) {

    public AddSpeakerCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
