package org.defendersdays.conference.domain.application;

/** How an applicant describes their gender, if the call asks and they choose to answer. */
public enum Gender {
    WOMAN, MAN, NON_BINARY, SELF_DESCRIBED, PREFER_NOT_TO_SAY
}
