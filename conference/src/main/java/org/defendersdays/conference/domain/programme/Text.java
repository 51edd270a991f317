package org.defendersdays.conference.domain.programme;

import java.util.Optional;

import org.defendersdays.conference.domain.FreeText;

/** The programme's texts, checked by {@link FreeText}, refused with the programme's own messages. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int maxLength) {
        return optional(field, value, maxLength, false)
                .orElseThrow(() -> new ProgrammeRuleViolation(field, "programme.text.required"));
    }

    static Optional<String> optional(String field, String value, int maxLength, boolean paragraphs) {
        return FreeText.clean(value, maxLength, paragraphs, problem -> new ProgrammeRuleViolation(field,
                problem == FreeText.Problem.TOO_LONG ? "programme.text.tooLong" : "programme.text.invalid"));
    }
}
