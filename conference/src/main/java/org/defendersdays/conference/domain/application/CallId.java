package org.defendersdays.conference.domain.application;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one call for applications. */
public record CallId(UUID value) implements Identifier {

    public CallId {
        Objects.requireNonNull(value, "value");
    }

    public static CallId generate() {
        return new CallId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
