package org.defendersdays.conference.application.port.in;

/**
 * The request can no longer be changed this way: already approved (by the participant), already
 * decided (by an admin), or its details were erased after the conference. Carries a message key.
 */
public class TravelRequestClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TravelRequestClosed(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
