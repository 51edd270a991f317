package org.defendersdays.identity.domain.totp;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The key an account shares with its authenticator app. New secrets are 160 random bits from a
 * {@link SecureRandom}, the HMAC-SHA-1 key length RFC 4226 recommends. Unlike a password it must
 * be stored so it can be read back (encrypted at rest by the storage adapter), because the server
 * computes the same codes as the app.
 */
public final class TotpSecret implements ValueObject {

    /** RFC 4226: at least 128 bits; 160 recommended. */
    static final int SHORTEST_BYTES = 16;
    static final int GENERATED_BYTES = 20;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    public static TotpSecret generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /** A stored secret, read back. */
    public static TotpSecret of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < SHORTEST_BYTES) {
            throw new IllegalArgumentException("A TOTP secret needs at least 128 bits");
        }
        return new TotpSecret(bytes.clone());
    }

    public static TotpSecret fromBase32(String base32) {
        return of(Base32.decode(base32));
    }

    /** A copy of the key, for the code generator and for storage. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The secret as authenticator apps read it (RFC 4648 base32, no padding). */
    public String base32() {
        return Base32.encode(bytes);
    }

    /**
     * The base32 secret in groups of four ("ABCD EFGH ..."), for a person who types it into the
     * app by hand instead of scanning the QR code.
     */
    public String base32ForTyping() {
        return base32().replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** Compared in constant time, so equality checks leak nothing about the key. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[redacted]";
    }
}
