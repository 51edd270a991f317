package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;

/** Replace what is known about an edition with corrected facts. Its year never changes. */
public record CorrectEditionCommand(EditionId edition, EditionFacts facts) {

    public CorrectEditionCommand {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(facts, "facts");
    }
}
