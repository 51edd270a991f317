package org.defendersdays.conference.domain.travel;

/** Where a visa letter or travel support request stands. */
public enum RequestStatus {
    /** Asked for; the participant may still correct it. */
    REQUESTED,
    /** Granted by a conference admin; no longer changed by the participant. */
    APPROVED,
    /** Turned down, with a reason code; the participant may correct it and ask again. */
    REFUSED
}
