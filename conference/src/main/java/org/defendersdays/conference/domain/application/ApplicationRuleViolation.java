package org.defendersdays.conference.domain.application;

import java.util.Objects;

/**
 * A rule of calls or applications was broken. It names the form field at fault (so a form can show
 * the reason next to it; {@code form} for the whole form) and carries a message key.
 */
public class ApplicationRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ApplicationRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }

    /** Every broken rule, by form field; here the one. */
    public java.util.Map<String, String> byField() {
        return java.util.Map.of(field, messageKey());
    }
}
