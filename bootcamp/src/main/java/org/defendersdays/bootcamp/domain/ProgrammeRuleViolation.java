package org.defendersdays.bootcamp.domain;

/**
 * A programme rule was broken. The message is a message key of the bootcamp's bundle, so adapters
 * can tell the user why in their own language without the domain knowing about languages.
 */
public class ProgrammeRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProgrammeRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
