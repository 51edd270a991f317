package org.defendersdays.conference.application.port.in;

/** A reviewer asked to see or score their own application: refused. */
public class OwnApplicationNotReviewable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OwnApplicationNotReviewable() {
        super("a reviewer does not review their own application");
    }
}
