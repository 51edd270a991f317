package org.defendersdays.conference.application.port.in;

/** The edition has no call for applications (yet). */
public class UnknownCall extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCall() {
        super("no call for applications");
    }
}
