package org.defendersdays.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The SHA-256 hash that seals one audit record and links it to the one before, written as 64
 * lowercase hex digits.
 *
 * <p>It is computed over the canonical encoding (see {@link CanonicalEncoding}) of, in this order:
 * the version label {@value #VERSION} (text), the sequence number (8 bytes), the time as epoch
 * seconds (8 bytes) and nanoseconds of that second (4 bytes), the actor (optional text: the UUID in
 * lowercase), the action, the target type (texts), the target id (optional text), the outcome (text:
 * the constant's name), the detail (optional text) and the previous record's hash (32 bytes). Because
 * the previous hash is part of it, changing any record changes every hash after it.
 *
 * @param hex the hash as 64 lowercase hexadecimal digits
 */
public record ChainHash(String hex) implements ValueObject {

    /** Names the encoding, so a future change of it can never produce a hash that matches an old one. */
    public static final String VERSION = "defendersdays.audit.chain.v1";

    /** Declared before {@link #GENESIS}, whose construction checks against it. */
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** What the first record links to: 32 zero bytes. */
    public static final ChainHash GENESIS = new ChainHash("0".repeat(64));

    public ChainHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a chain hash is 64 lowercase hex digits");
        }
    }

    /** The hash of a record with these contents, following the record whose hash is {@code previous}. */
    public static ChainHash of(long sequence, Instant time, Optional<PersonId> actor, String action, String targetType,
            Optional<String> targetId, Outcome outcome, Optional<String> detail, ChainHash previous) {
        byte[] encoded = new CanonicalEncoding()
                .text(VERSION)
                .number(sequence)
                .number(time.getEpochSecond())
                .smallNumber(time.getNano())
                .optionalText(actor.map(id -> id.value().toString()))
                .text(action)
                .text(targetType)
                .optionalText(targetId)
                .text(outcome.name())
                .optionalText(detail)
                .fixedBytes(Objects.requireNonNull(previous, "previous").bytes())
                .toByteArray();
        return new ChainHash(HexFormat.of().formatHex(sha256().digest(encoded)));
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
