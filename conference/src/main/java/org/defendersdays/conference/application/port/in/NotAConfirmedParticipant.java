package org.defendersdays.conference.application.port.in;

/** Visa letters and travel support are for people holding a confirmed place at the edition. */
public class NotAConfirmedParticipant extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAConfirmedParticipant() {
        super("not a confirmed participant of this edition");
    }
}
