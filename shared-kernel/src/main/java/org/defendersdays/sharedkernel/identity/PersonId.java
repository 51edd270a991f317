package org.defendersdays.sharedkernel.identity;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a person with an account. Carries no personal data, so it may travel in events and logs. */
public record PersonId(UUID value) implements Identifier {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
