package org.defendersdays.conference.domain.workshop;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.SessionId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A person's place in one workshop (one part of a series).
 *
 * @param waitlistPosition 1 for the next to be promoted; 0 when the seat is confirmed
 */
public record Place(SessionId session, SeatStatus status, int waitlistPosition) implements ValueObject {

    public Place {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(status, "status");
        if ((status == SeatStatus.WAITLISTED) != (waitlistPosition > 0)) {
            throw new IllegalArgumentException("only a waitlisted place has a position, from 1");
        }
    }

    public boolean confirmed() {
        return status == SeatStatus.CONFIRMED;
    }
}
