package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.SpeakerId;

/** The person withdrew consent to one field; the public pages stop showing it at once. */
public record WithdrawConsentCommand(SpeakerId speaker, long version, ProfileField field) implements SpeakerChange {

    public WithdrawConsentCommand {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(field, "field");
    }
}
