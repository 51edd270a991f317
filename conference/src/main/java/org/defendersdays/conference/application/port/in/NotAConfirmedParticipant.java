package org.defendersdays.conference.application.port.in;

/** Only people holding a confirmed place at an edition may sign up for its workshops. */
public class NotAConfirmedParticipant extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAConfirmedParticipant() {
        super("not a confirmed participant of the edition");
    }
}
