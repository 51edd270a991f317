package org.defendersdays.community.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one group of the members' network. */
public record GroupId(UUID value) implements Identifier {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId generate() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
