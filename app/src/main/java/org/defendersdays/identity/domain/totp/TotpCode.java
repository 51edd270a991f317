package org.defendersdays.identity.domain.totp;

import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/** A six-digit TOTP code, as an app shows it and as the server computes it. */
public final class TotpCode implements ValueObject {

    public static final int DIGITS = 6;

    private final String digits;

    private TotpCode(String digits) {
        this.digits = digits;
    }

    /** A code the server computed; exactly six ASCII digits. */
    public static TotpCode of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            throw new IllegalArgumentException("A TOTP code has six digits");
        }
        return new TotpCode(digits);
    }

    /**
     * A code as a person typed it: spaces and hyphens are dropped ("123 456"), and digits of any
     * script count, so Arabic-Indic digits from an Arabic keyboard work too. Anything else is no
     * code at all.
     */
    public static Optional<TotpCode> parse(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-') {
                continue;
            }
            int digit = Character.digit(c, 10);
            if (digit < 0) {
                return Optional.empty();
            }
            digits.append((char) ('0' + digit));
        }
        return digits.length() == DIGITS ? Optional.of(new TotpCode(digits.toString())) : Optional.empty();
    }

    /** Compares every digit whatever the first difference, so timing says nothing about the code. */
    public boolean matches(TotpCode other) {
        int difference = 0;
        for (int i = 0; i < DIGITS; i++) {
            difference |= digits.charAt(i) ^ other.digits.charAt(i);
        }
        return difference == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpCode that && matches(that);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "TotpCode[redacted]";
    }
}
