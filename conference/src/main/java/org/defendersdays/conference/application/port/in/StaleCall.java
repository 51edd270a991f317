package org.defendersdays.conference.application.port.in;

/** The change was made on an old copy of the call: another admin changed it since. Nothing was stored. */
public class StaleCall extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleCall() {
        super("the call was changed meanwhile");
    }
}
