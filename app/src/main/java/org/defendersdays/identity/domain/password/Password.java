package org.defendersdays.identity.domain.password;

import java.text.Normalizer;
import java.util.Objects;

import org.defendersdays.identity.domain.secret.Secret;

/**
 * A password as a person typed it, normalised to Unicode NFKC (NIST SP 800-63B), so the same
 * password typed on another keyboard or system (composed or decomposed accents, full-width
 * digits) is the same password. The policy counts, and the hasher hashes, this form only.
 */
public final class Password implements Secret {

    /**
     * Input longer than this cannot be a valid password under any normalisation: a password has at
     * most 128 code points, and canonical composition builds one code point from at most four
     * chars (U+1F82). Such input is left as it is rather than normalised, so a flood of text stays
     * cheap; it is refused as too long and matches no stored hash.
     */
    static final int LONGEST_INPUT_NORMALISED = 1024;

    private final String text;

    private Password(String text) {
        this.text = text;
    }

    public static Password of(String typed) {
        Objects.requireNonNull(typed, "typed");
        return new Password(typed.length() > LONGEST_INPUT_NORMALISED ? typed
                : Normalizer.normalize(typed, Normalizer.Form.NFKC));
    }

    /** The length a person sees: code points, not UTF-16 chars, so an emoji counts once. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public String canonicalText() {
        return text;
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
