package org.defendersdays.conference.application.port.in;

/** Someone else changed the room, track, topic or session since the admin opened it; nothing was saved. */
public class StaleProgrammeEdit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleProgrammeEdit() {
        super("changed by someone else in the meantime");
    }
}
