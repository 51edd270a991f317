package org.defendersdays.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A single-use, expiring secret sent by mail (verification, password reset). Only its SHA-256 hash
 * is stored: the token is 256 random bits, so a fast hash is enough, and a database leak reveals
 * no usable link.
 *
 * @param hash hex SHA-256 of the token
 * @param purpose what it is for
 * @param person whose account it acts on
 * @param expiresAt when it stops working
 */
public record OneTimeToken(String hash, TokenPurpose purpose, PersonId person, Instant expiresAt)
        implements ValueObject {

    private static final SecureRandom RANDOM = new SecureRandom();

    public OneTimeToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new token and the secret to send; the secret itself is never stored. */
    public record Issued(OneTimeToken token, String secret) {
    }

    public static Issued issue(TokenPurpose purpose, PersonId person, Instant now) {
        String secret = newSecret();
        return new Issued(new OneTimeToken(hashOf(secret), purpose, person, now.plus(purpose.validity())), secret);
    }

    /** 256 random bits, URL-safe: the secret part of a mailed link. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
