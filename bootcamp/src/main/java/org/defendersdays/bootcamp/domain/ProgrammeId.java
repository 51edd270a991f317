package org.defendersdays.bootcamp.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one training programme. */
public record ProgrammeId(UUID value) implements Identifier {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgrammeId generate() {
        return new ProgrammeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
