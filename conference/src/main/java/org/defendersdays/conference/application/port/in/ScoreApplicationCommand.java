package org.defendersdays.conference.application.port.in;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;

/** A reviewer's scores of one application, by criterion id (checked against the call's criteria). */
public record ScoreApplicationCommand(PersonId reviewer, UUID applicationId, Map<UUID, Integer> scores) {

    public ScoreApplicationCommand {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(applicationId, "applicationId");
        scores = Map.copyOf(scores);
    }
}
