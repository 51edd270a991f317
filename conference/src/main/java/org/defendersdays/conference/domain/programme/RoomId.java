package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one room of an edition's venue. */
public record RoomId(UUID value) implements Identifier {

    public RoomId {
        Objects.requireNonNull(value, "value");
    }

    public static RoomId generate() {
        return new RoomId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
