package org.defendersdays.conference.domain.workshop;

import java.util.Objects;

/**
 * Why a sign-up (or leaving) was refused, as a message key with the title of the session concerned
 * (the one it clashes with, or the part to sign up for instead).
 */
public class SignUpRefused extends RuntimeException {

    /** The rules a sign-up can break. */
    public enum Reason {
        /** The person already holds a place (or a waitlist place) in this workshop. */
        ALREADY_SIGNED_UP,
        /** The workshop overlaps a session already in the person's programme. */
        TIME_CLASH,
        /** A later part of a multi-part workshop: the person signs up for its first part, which includes all. */
        LATER_PART,
        /** Leaving a workshop the person holds no place in. */
        NOT_SIGNED_UP
    }

    private final Reason reason;
    private final String concerning;

    public SignUpRefused(Reason reason, String concerning) {
        super(reason.name());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.concerning = Objects.requireNonNull(concerning, "concerning");
    }

    public Reason reason() {
        return reason;
    }

    /** The title of the session the refusal is about. */
    public String concerning() {
        return concerning;
    }

    public String messageKey() {
        return switch (reason) {
            case ALREADY_SIGNED_UP -> "workshops.refused.alreadySignedUp";
            case TIME_CLASH -> "workshops.refused.timeClash";
            case LATER_PART -> "workshops.refused.laterPart";
            case NOT_SIGNED_UP -> "workshops.refused.notSignedUp";
        };
    }
}
