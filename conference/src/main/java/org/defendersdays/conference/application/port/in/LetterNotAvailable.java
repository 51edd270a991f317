package org.defendersdays.conference.application.port.in;

/**
 * No visa letter can be produced: the request is not approved (yet), or its passport details were
 * erased after the conference. Carries a message key saying which.
 */
public class LetterNotAvailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LetterNotAvailable(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
