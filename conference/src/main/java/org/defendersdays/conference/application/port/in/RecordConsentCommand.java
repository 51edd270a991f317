package org.defendersdays.conference.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.SpeakerId;

/**
 * Record that the person consented to one field of their profile being shown, and how they gave it
 * (such as "signed form, 2 March"). The admin recording it is named by the use case's caller.
 */
public record RecordConsentCommand(SpeakerId speaker, long version, ProfileField field, Optional<String> how)
        implements SpeakerChange {

    public RecordConsentCommand {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(field, "field");
        how = how == null ? Optional.empty() : how;
    }
}
