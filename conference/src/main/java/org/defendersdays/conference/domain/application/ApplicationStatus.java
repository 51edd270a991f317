package org.defendersdays.conference.domain.application;

/** A draft the applicant is still writing, a submitted application, or one they withdrew. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
