package org.defendersdays.identity.domain.password;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparisons that must not care about case, accents or punctuation, so
 * "María López" is found in "maria-lopez-1985". Used only to compare, never to store.
 */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    /**
     * Compatibility-decomposed, marks (accents, Arabic harakat) removed, and case-folded; upper
     * case first, so that "ß" and "SS" fold alike.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Folded, with everything but letters and digits removed: "Defenders' Days" gives "defendersdays". */
    static String compact(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll("");
    }

    /** The folded words of a text, split at anything that is not a letter or digit. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_LETTER_OR_DIGIT.split(fold(text))).filter(word -> !word.isEmpty()).toList();
    }

    static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }
}
