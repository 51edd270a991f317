package org.defendersdays.conference.domain.travel;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one person's travel support request for one edition. */
public record TravelSupportRequestId(UUID value) implements Identifier {

    public TravelSupportRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static TravelSupportRequestId generate() {
        return new TravelSupportRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
