package org.defendersdays.conference.application.port.in;

/** No call for that edition, or no submitted application with that id: a page answers 404. */
public class SelectionNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelectionNotFound() {
        super("no such call or submitted application");
    }
}
