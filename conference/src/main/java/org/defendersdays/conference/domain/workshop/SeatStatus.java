package org.defendersdays.conference.domain.workshop;

/** Where a person stands in a workshop: holding a seat, or waiting for one. */
public enum SeatStatus {
    CONFIRMED, WAITLISTED
}
