package org.defendersdays.conference.domain.selection;

/** What became of a place offered to an accepted applicant. */
public enum PlaceStatus {
    OFFERED, CONFIRMED, DECLINED, EXPIRED;

    /** Whether the place counts against the call's places (it is taken until declined or expired). */
    public boolean isTaken() {
        return this == OFFERED || this == CONFIRMED;
    }
}
