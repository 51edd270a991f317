package org.defendersdays.conference.application.port.in;

/** No application answers to the id asked for. */
public class UnknownApplication extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownApplication() {
        super("no such application");
    }
}
