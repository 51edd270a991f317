package org.defendersdays.conference.domain.travel;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one person's visa letter request for one edition. */
public record VisaLetterRequestId(UUID value) implements Identifier {

    public VisaLetterRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static VisaLetterRequestId generate() {
        return new VisaLetterRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
