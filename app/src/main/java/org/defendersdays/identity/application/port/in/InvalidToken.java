package org.defendersdays.identity.application.port.in;

/** A mailed link that is unknown, already used, expired, or for another purpose. Says no more than that. */
public class InvalidToken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidToken() {
        super("invalid or expired link");
    }
}
