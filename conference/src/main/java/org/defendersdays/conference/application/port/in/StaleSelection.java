package org.defendersdays.conference.application.port.in;

/** Someone changed the decision since the page was read: nothing was stored. */
public class StaleSelection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleSelection() {
        super("the decision changed since it was read");
    }
}
