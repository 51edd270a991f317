package org.defendersdays.conference.domain.selection;

/** What was decided on a submitted application. */
public enum Outcome {
    ACCEPTED, WAITLISTED, DECLINED
}
