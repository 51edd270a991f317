package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.EditionFacts;

/** Plan a new edition for a year, with what is known about it so far. */
public record PlanEditionCommand(int year, EditionFacts facts) {

    public PlanEditionCommand {
        Objects.requireNonNull(facts, "facts");
    }
}
