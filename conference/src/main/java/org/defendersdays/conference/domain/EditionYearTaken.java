package org.defendersdays.conference.domain;


/** There is at most one edition a year. */
public class EditionYearTaken extends EditionRuleViolation {

    private static final long serialVersionUID = 1L;

    public EditionYearTaken() {
        super("edition.year.taken");
    }
}
