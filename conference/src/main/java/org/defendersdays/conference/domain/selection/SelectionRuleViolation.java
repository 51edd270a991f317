package org.defendersdays.conference.domain.selection;

import java.util.Objects;

/**
 * A selection rule was broken. It names the field at fault (or {@code form}) and carries a message
 * key of the {@code selection} bundle, so the reason reaches the person in their language.
 */
public class SelectionRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public SelectionRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
