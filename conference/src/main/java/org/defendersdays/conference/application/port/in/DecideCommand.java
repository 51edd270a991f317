package org.defendersdays.conference.application.port.in;

import java.util.Objects;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A conference admin's decision, with the decision version the admin saw (0: none yet). */
public record DecideCommand(PersonId admin, UUID applicationId, Outcome outcome, long seenVersion) {

    public DecideCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
