package org.defendersdays.conference.application.port.in;

/** No speaker answers to the id asked for. */
public class UnknownSpeaker extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSpeaker() {
        super("no such speaker");
    }
}
