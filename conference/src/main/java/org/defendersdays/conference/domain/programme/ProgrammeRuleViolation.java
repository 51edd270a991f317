package org.defendersdays.conference.domain.programme;

import java.util.Objects;

/**
 * A programme rule was broken. It names the field at fault (so a form can show the reason next to
 * it) and carries a message key (so the reason reaches the admin in their own language).
 */
public class ProgrammeRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ProgrammeRuleViolation(String field, String messageKey) {
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
