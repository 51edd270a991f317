package org.defendersdays.conference.application.port.in;

/** No single application has the reference given (the first 8 hexadecimal digits of its id). */
public class UnknownApplicationReference extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownApplicationReference() {
        super("no single application has this reference");
    }
}
