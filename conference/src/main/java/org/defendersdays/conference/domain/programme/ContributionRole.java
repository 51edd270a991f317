package org.defendersdays.conference.domain.programme;

/** How a person takes part in a session. */
public enum ContributionRole {
    TRAINER,
    PANELLIST,
    SPEAKER,
    MODERATOR
}
