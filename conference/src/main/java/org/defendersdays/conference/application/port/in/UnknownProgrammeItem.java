package org.defendersdays.conference.application.port.in;

/** No room, track, topic or session answers to what was asked for (or not in that edition). */
public class UnknownProgrammeItem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownProgrammeItem() {
        super("no such programme item");
    }
}
