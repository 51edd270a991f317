package org.defendersdays.conference.domain.application;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one application to a call. */
public record ApplicationId(UUID value) implements Identifier {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId generate() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
