package org.defendersdays.bootcamp.domain;

/** Where a programme stands. Only published programmes are in the public catalogue. */
public enum ProgrammeStatus {
    /** Being prepared by the trainers; not visible to the public. */
    DRAFT,
    /** In the public catalogue. */
    PUBLISHED,
    /** No longer offered; out of the catalogue for good. */
    RETIRED;

    public boolean isInCatalogue() {
        return this == PUBLISHED;
    }
}
