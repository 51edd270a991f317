package org.defendersdays.conference.domain.travel;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a visa letter can show: it is written in English, with names as printed in the passport's
 * Latin-script lines. Letters of the Latin script (with their accents: é, ñ, ø, ł, ş ...), digits,
 * spaces and a few punctuation marks; nothing else, so the letter never prints a blank box.
 */
public final class LetterScript {

    private static final Pattern PRINTABLE = Pattern.compile("[\\p{IsLatin}\\p{Mn}0-9 .,'\u2019()/&:#+-]*");

    private LetterScript() {
    }

    /** The text composed (NFC), so an accent typed as a separate mark becomes one letter. */
    public static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static boolean canShow(String text) {
        return PRINTABLE.matcher(text).matches();
    }
}
