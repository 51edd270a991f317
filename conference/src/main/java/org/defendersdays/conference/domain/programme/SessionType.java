package org.defendersdays.conference.domain.programme;

/** The kinds of session a Defenders' Days programme has. */
public enum SessionType {
    WORKSHOP,
    PANEL,
    KEYNOTE,
    PLENARY,
    OPEN_PUBLIC_SESSION,
    AWARD_CEREMONY,
    NETWORKING;

    /** Only workshops have a number of seats; the other sessions take everyone who comes. */
    public boolean hasSeats() {
        return this == WORKSHOP;
    }

    /** Only workshops run in several parts. */
    public boolean mayHaveParts() {
        return this == WORKSHOP;
    }
}
