package org.defendersdays.conference.application.port.in;

/**
 * The change was made on an old copy (another tab or device changed the application since, or the
 * call was changed by an admin). Nothing was stored; the applicant looks again.
 */
public class StaleApplication extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleApplication() {
        super("the application was changed meanwhile");
    }
}
