package org.defendersdays.conference.domain.feedback;

import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.FreeText;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One anonymous answer to a survey: an overall rating from 1 to 5 and, optionally, what worked and
 * what could be better. It holds nothing about who gave it, by design.
 */
public record FeedbackAnswer(int rating, Optional<String> whatWorked, Optional<String> couldBeBetter)
        implements ValueObject {

    /** The longest free-text answer accepted, in characters. */
    public static final int MAX_TEXT = 2000;

    public FeedbackAnswer {
        if (rating < 1 || rating > 5) {
            throw new FeedbackRuleViolation("rating", "feedback.error.rating");
        }
        whatWorked = text(whatWorked, "whatWorked");
        couldBeBetter = text(couldBeBetter, "couldBeBetter");
    }

    private static Optional<String> text(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        return FreeText.clean(value.orElse(null), MAX_TEXT, true, problem -> new FeedbackRuleViolation(field,
                problem == FreeText.Problem.TOO_LONG ? "feedback.error.tooLong" : "feedback.error.invalid"));
    }
}
