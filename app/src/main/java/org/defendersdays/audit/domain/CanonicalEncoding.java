package org.defendersdays.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes values as bytes that can be read back in one way only: numbers in fixed width (big-endian),
 * every text preceded by its length in bytes, and every optional value preceded by a presence byte.
 * A plain concatenation would give {@code "ab" + "c"} and {@code "a" + "bc"} the same bytes, and so
 * the same hash; this encoding never gives two different records the same bytes.
 */
final class CanonicalEncoding {

    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    /** Eight bytes, big-endian. */
    CanonicalEncoding number(long value) {
        fixedWidth(value, Long.BYTES);
        return this;
    }

    /** Four bytes, big-endian. */
    CanonicalEncoding smallNumber(int value) {
        fixedWidth(value, Integer.BYTES);
        return this;
    }

    /** The UTF-8 bytes of the text, after their count as a four-byte number. */
    CanonicalEncoding text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        smallNumber(utf8.length);
        bytes.writeBytes(utf8);
        return this;
    }

    /** A presence byte (0 absent, 1 present), then the text if present. */
    CanonicalEncoding optionalText(Optional<String> value) {
        bytes.write(value.isPresent() ? PRESENT : ABSENT);
        value.ifPresent(this::text);
        return this;
    }

    /** Bytes whose length every reader knows in advance, such as a SHA-256 hash. */
    CanonicalEncoding fixedBytes(byte[] value) {
        bytes.writeBytes(value);
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private void fixedWidth(long value, int width) {
        for (int shift = (width - 1) * Byte.SIZE; shift >= 0; shift -= Byte.SIZE) {
            bytes.write((int) (value >>> shift));
        }
    }
}
