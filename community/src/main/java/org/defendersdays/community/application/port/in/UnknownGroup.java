package org.defendersdays.community.application.port.in;

/** No group answers to what was asked for. */
public class UnknownGroup extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownGroup() {
        super("no such group");
    }
}
