package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one trainer, panellist or speaker. */
public record SpeakerId(UUID value) implements Identifier {

    public SpeakerId {
        Objects.requireNonNull(value, "value");
    }

    public static SpeakerId generate() {
        return new SpeakerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
