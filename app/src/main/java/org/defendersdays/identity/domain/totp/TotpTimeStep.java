package org.defendersdays.identity.domain.totp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One 30-second step of RFC 6238 time, counted from the Unix epoch: the moving factor a TOTP code
 * is computed from. An account remembers the step of the last code it accepted, so no code is
 * accepted twice.
 */
public record TotpTimeStep(long value) implements ValueObject, Comparable<TotpTimeStep> {

    public static final Duration LENGTH = Duration.ofSeconds(30);

    public TotpTimeStep {
        if (value < 0) {
            throw new IllegalArgumentException("A time step counts from the epoch");
        }
    }

    public static TotpTimeStep containing(Instant instant) {
        return new TotpTimeStep(Math.floorDiv(instant.getEpochSecond(), LENGTH.toSeconds()));
    }

    /** The first instant of the step, which is what a TOTP generator is given. */
    public Instant start() {
        return Instant.ofEpochSecond(value * LENGTH.toSeconds());
    }

    /**
     * This step with the one before and the one after: the steps a code typed now may belong to,
     * allowing for a phone clock that runs up to 30 seconds fast or slow and for the time a
     * person takes to type.
     */
    public List<TotpTimeStep> withNeighbours() {
        return value == 0 ? List.of(this, next()) : List.of(previous(), this, next());
    }

    public TotpTimeStep previous() {
        return new TotpTimeStep(value - 1);
    }

    public TotpTimeStep next() {
        return new TotpTimeStep(value + 1);
    }

    public boolean isAfter(TotpTimeStep other) {
        return value > other.value;
    }

    @Override
    public int compareTo(TotpTimeStep other) {
        return Long.compare(value, other.value);
    }
}
