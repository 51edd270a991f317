package org.defendersdays.conference.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one conference edition. */
public record EditionId(UUID value) implements Identifier {

    public EditionId {
        Objects.requireNonNull(value, "value");
    }

    public static EditionId generate() {
        return new EditionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
