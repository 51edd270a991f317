package org.defendersdays.identity.domain.recovery;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.identity.domain.secret.Secret;

/**
 * One recovery code: ten characters drawn uniformly by a {@link SecureRandom} from 31 symbols
 * that cannot be mistaken for one another when read off paper or typed (no 0, 1, i, l or o),
 * which makes 10 x log2(31), about 49.5 bits. Shown once, as {@code abcde-fghjk}.
 */
public final class RecoveryCode implements Secret {

    public static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    public static final int LENGTH = 10;

    private final String text;

    private RecoveryCode(String text) {
        this.text = text;
    }

    public static RecoveryCode generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new RecoveryCode(code.toString());
    }

    /**
     * A code as a person typed it: case, spaces and hyphens do not matter, and full-width or
     * other-script digits count as the digits they are. Anything that cannot be a code is none.
     */
    public static Optional<RecoveryCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-') {
                continue;
            }
            char symbol = Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
            if (ALPHABET.indexOf(symbol) < 0) {
                return Optional.empty();
            }
            code.append(symbol);
        }
        return code.length() == LENGTH ? Optional.of(new RecoveryCode(code.toString())) : Optional.empty();
    }

    /** The code as it is shown and printed: two groups of five. */
    public String formatted() {
        return text.substring(0, LENGTH / 2) + "-" + text.substring(LENGTH / 2);
    }

    @Override
    public String canonicalText() {
        return text;
    }

    @Override
    public String toString() {
        return "RecoveryCode[redacted]";
    }
}
