package org.defendersdays.bootcamp.domain;


/** A slug is the public address of one programme only. */
public class ProgrammeSlugTaken extends ProgrammeRuleViolation {

    private static final long serialVersionUID = 1L;

    public ProgrammeSlugTaken() {
        super("bootcamp.error.slug.taken");
    }
}
