package org.defendersdays.conference.application.port.in;

/**
 * What only people holding a confirmed place at an edition may do (sign up for workshops, ask for a
 * visa letter or travel support) was asked by someone who does not hold one.
 */
public class NotAConfirmedParticipant extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAConfirmedParticipant() {
        super("not a confirmed participant of this edition");
    }
}
