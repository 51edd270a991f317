package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionDetails;

/** Put a new session on an edition's programme. */
public record ScheduleSessionCommand(EditionId edition, SessionDetails details) {

    public ScheduleSessionCommand {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(details, "details");
    }
}
