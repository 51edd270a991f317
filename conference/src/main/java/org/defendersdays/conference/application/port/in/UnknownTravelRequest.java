package org.defendersdays.conference.application.port.in;

/** No visa letter or travel support request with that id at that edition. */
public class UnknownTravelRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownTravelRequest() {
        super("no such request at this edition");
    }
}
