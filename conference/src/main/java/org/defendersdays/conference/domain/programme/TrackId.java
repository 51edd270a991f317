package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one track of an edition's programme. */
public record TrackId(UUID value) implements Identifier {

    public TrackId {
        Objects.requireNonNull(value, "value");
    }

    public static TrackId generate() {
        return new TrackId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
