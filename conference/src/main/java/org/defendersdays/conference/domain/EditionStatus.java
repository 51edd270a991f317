package org.defendersdays.conference.domain;

/** Where an edition stands. Only announced and archived editions are public. */
public enum EditionStatus {
    /** Being prepared by the organisers; not visible to the public. */
    DRAFT,
    /** Public and upcoming (or under way). */
    ANNOUNCED,
    /** Public and over: kept as part of the conference's history. */
    ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
