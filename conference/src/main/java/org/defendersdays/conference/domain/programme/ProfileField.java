package org.defendersdays.conference.domain.programme;

/** The parts of a speaker's public profile, each shown only with its own recorded consent. */
public enum ProfileField {
    /** Without consent to the name, the person is not shown at all: sessions say "name withheld". */
    NAME,
    BIO,
    ORGANISATION,
    PHOTO
}
