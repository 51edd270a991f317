package org.defendersdays.bootcamp.domain;

/** How a programme is delivered to participants, all of it remotely. */
public enum DeliveryFormat {
    /** Scheduled sessions with trainers and the cohort. */
    LIVE_ONLINE,
    /** Material to work through at one's own pace, for those whose safety or connection rules out fixed times. */
    SELF_PACED,
    /** Self-paced material with some live sessions. */
    BLENDED
}
