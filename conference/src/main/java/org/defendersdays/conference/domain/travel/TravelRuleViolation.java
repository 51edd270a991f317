package org.defendersdays.conference.domain.travel;

import java.util.Objects;

/**
 * A rule of visa letters or travel support was broken. It names the form field at fault and carries
 * a message key (in the {@code travel} bundle), never the value typed.
 */
public class TravelRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public TravelRuleViolation(String field, String messageKey) {
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
