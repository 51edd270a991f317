package org.defendersdays.identity.domain;

/** An identity rule was broken; the message is a message key for the user's language. */
public class IdentityRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
