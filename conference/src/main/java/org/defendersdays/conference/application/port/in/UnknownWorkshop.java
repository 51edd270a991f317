package org.defendersdays.conference.application.port.in;

/** No workshop of the edition answers to the id given (unknown, another edition's, or not a workshop). */
public class UnknownWorkshop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownWorkshop() {
        super("no such workshop");
    }
}
