package org.defendersdays.conference.domain.application;

/** Where a call stands at a moment: not open yet, open for applications, or closed. */
public enum CallPhase {
    NOT_YET_OPEN, OPEN, CLOSED
}
