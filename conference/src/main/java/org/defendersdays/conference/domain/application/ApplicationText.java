package org.defendersdays.conference.domain.application;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The checks every free text of a call or an application gets: trimmed and NFC-normalised, within
 * its length (in characters, as PostgreSQL counts them), free of control and formatting characters
 * that could disguise it. Line breaks are kept where a text may have paragraphs; the joiners
 * Persian and other scripts need are kept too.
 */
final class ApplicationText {

    private ApplicationText() {
    }

    static String required(String field, String value, int maxLength, boolean paragraphs) {
        return optional(field, value, maxLength, paragraphs)
                .orElseThrow(() -> new ApplicationRuleViolation(field, "application.text.required"));
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
            throw new ApplicationRuleViolation(field, "application.text.tooLong");
        }
        boolean disguising = text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                && c != '\n' && c != '\t') || (Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D));
        if (disguising) {
            throw new ApplicationRuleViolation(field, "application.text.invalid");
        }
        return Optional.of(text);
    }
}
