package org.defendersdays.conference.application.port.in;

/**
 * The change was made on an old copy of the speaker: someone else changed them since it was read.
 * Nothing was stored; the admin looks again and decides.
 */
public class StaleSpeaker extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleSpeaker() {
        super("the speaker was changed meanwhile");
    }
}
