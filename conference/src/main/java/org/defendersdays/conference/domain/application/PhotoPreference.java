package org.defendersdays.conference.domain.application;

/** Whether an applicant may appear in photos: GREEN yes, YELLOW only unrecognisable (from behind, blurred), RED never. */
public enum PhotoPreference {
    GREEN, YELLOW, RED
}
