package org.defendersdays.conference.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks every free text of the conference gets (programme, calls, applications, feedback):
 * trimmed and NFC-normalised, within its length (in characters, as PostgreSQL counts them), free of
 * control and formatting characters that could disguise it. Line breaks are kept where a text may
 * have paragraphs; the zero-width joiner and non-joiner are kept too, as Persian, the Indic scripts
 * and emoji need them to be written correctly.
 */
public final class FreeText {

    /** Why a text was refused. */
    public enum Problem {
        TOO_LONG, INVALID
    }

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private FreeText() {
    }

    /**
     * The cleaned text, or empty for a blank one.
     *
     * @param refusal the exception to throw for a text that cannot be kept (the caller's own rule violation)
     */
    public static Optional<String> clean(String value, int maxLength, boolean paragraphs,
            Function<Problem, RuntimeException> refusal) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(value.replace("\r\n", "\n").strip(), Normalizer.Form.NFC);
        if (!paragraphs) {
            text = text.replaceAll("\\s+", " ");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw refusal.apply(Problem.TOO_LONG);
        }
        if (text.codePoints().anyMatch(FreeText::disguises)) {
            throw refusal.apply(Problem.INVALID);
        }
        return Optional.of(text);
    }

    private static boolean disguises(int c) {
        int type = Character.getType(c);
        return (type == Character.CONTROL && c != '\n' && c != '\t')
                || (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER);
    }
}
