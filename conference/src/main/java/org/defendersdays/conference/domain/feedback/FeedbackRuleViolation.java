package org.defendersdays.conference.domain.feedback;

import java.util.Objects;

/**
 * A feedback rule was broken. It names the field at fault (so a form can show the reason next to
 * it, or {@code form} for the whole form) and carries a message key, so the reason reaches the
 * participant in their own language.
 */
public class FeedbackRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FeedbackRuleViolation(String field, String messageKey) {
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
