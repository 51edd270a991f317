package org.defendersdays.conference.application.port.in;

/** No edition answers to what was asked for (or it is not public, for public queries). */
public class UnknownEdition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownEdition() {
        super("no such edition");
    }
}
