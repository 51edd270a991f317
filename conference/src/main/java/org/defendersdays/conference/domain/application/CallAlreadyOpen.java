package org.defendersdays.conference.domain.application;

/** The edition already has its call for applications (one per edition): revise that one. */
public class CallAlreadyOpen extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CallAlreadyOpen() {
        super("the edition already has a call");
    }
}
