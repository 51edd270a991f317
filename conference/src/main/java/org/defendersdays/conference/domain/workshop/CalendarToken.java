package org.defendersdays.conference.domain.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The secret in a person's private calendar address: 256 random bits, URL-safe Base64 without
 * padding (43 characters). Only its SHA-256 is stored, so a leaked database does not give the
 * addresses away; the person sees the token once, when it is made.
 */
public record CalendarToken(String value) implements ValueObject {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public CalendarToken {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a calendar token");
        }
    }

    public static CalendarToken generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new CalendarToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Whether the text has the form of a token (so it can be looked up at all). */
    public static boolean looksLikeOne(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The SHA-256 of the token, in lower-case hex: what is stored. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is always available", impossible);
        }
    }

    @Override
    public String toString() {
        return "CalendarToken[secret]";
    }
}
