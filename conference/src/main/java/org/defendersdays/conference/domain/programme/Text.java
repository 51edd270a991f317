package org.defendersdays.conference.domain.programme;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The checks every text of a programme gets: trimmed and NFC-normalised, within its length
 * (counted in characters, as PostgreSQL counts them), and free of control and formatting
 * characters that could disguise it (line breaks are kept where a text may have paragraphs).
 */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int maxLength) {
        return optional(field, value, maxLength, false)
                .orElseThrow(() -> new ProgrammeRuleViolation(field, "programme.text.required"));
    }

    static Optional<String> optional(String field, String value, int maxLength, boolean paragraphs) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(value.replace("\r\n", "\n").strip(), Normalizer.Form.NFC);
        if (!paragraphs) {
            text = text.replaceAll("\\s+", " ");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new ProgrammeRuleViolation(field, "programme.text.tooLong");
        }
        boolean disguising = text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                && c != '\n' && c != '\t') || Character.getType(c) == Character.FORMAT);
        if (disguising) {
            throw new ProgrammeRuleViolation(field, "programme.text.invalid");
        }
        return Optional.of(text);
    }
}
