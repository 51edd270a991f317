package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one session of a programme. */
public record SessionId(UUID value) implements Identifier {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId generate() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
