package org.defendersdays.conference.application.port.in;

/** The edition has no survey with that identifier (for instance, a tampered address). */
public class UnknownSurvey extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSurvey() {
        super("no such survey");
    }
}
