package org.defendersdays.conference.domain.application;

import java.util.Optional;

import org.defendersdays.conference.domain.FreeText;

/** The texts of calls and applications, checked by {@link FreeText}, refused with the applying messages. */
final class ApplicationText {

    private ApplicationText() {
    }

    static String required(String field, String value, int maxLength, boolean paragraphs) {
        return optional(field, value, maxLength, paragraphs)
                .orElseThrow(() -> new ApplicationRuleViolation(field, "application.text.required"));
    }

    static Optional<String> optional(String field, String value, int maxLength, boolean paragraphs) {
        return FreeText.clean(value, maxLength, paragraphs, problem -> new ApplicationRuleViolation(field,
                problem == FreeText.Problem.TOO_LONG ? "application.text.tooLong" : "application.text.invalid"));
    }
}
