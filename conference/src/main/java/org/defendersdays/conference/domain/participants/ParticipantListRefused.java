package org.defendersdays.conference.domain.participants;

/**
 * The participant list is not shown to this person (yet). The reason is a message key, so it
 * reaches them in their language; it never says anything about anyone else.
 */
public class ParticipantListRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the list is not shown. */
    public enum Reason {
        /** Only people holding a confirmed place at the edition see its list. */
        NOT_A_PARTICIPANT,
        /** The list opens once the edition's programme is published. */
        NOT_YET_PUBLISHED
    }

    private final Reason reason;

    public ParticipantListRefused(Reason reason) {
        super("participant list refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return switch (reason) {
            case NOT_A_PARTICIPANT -> "participants.refused.notParticipant";
            case NOT_YET_PUBLISHED -> "participants.refused.notPublished";
        };
    }
}
