package org.defendersdays.bootcamp.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A subject a programme teaches, such as digital security. Stored as a stable slug; pages show the
 * translated name where one exists.
 */
public record Topic(String slug) implements ValueObject {

    public Topic {
        Objects.requireNonNull(slug, "slug");
        if (!Slugs.isWellFormed(slug)) {
            throw new ProgrammeRuleViolation("bootcamp.error.topic.invalid");
        }
    }
}
