package org.defendersdays.identity.domain.secret;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A stored hash of a {@link Secret}, in the self-describing encoding of the hasher that made it
 * (for Argon2id: {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), so parameters can change
 * over time and old hashes are still read.
 */
public record SecretHash(String encoded) implements ValueObject {

    public SecretHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("A secret hash cannot be blank");
        }
    }

    /** A leaked hash can be attacked offline, so it stays out of logs too. */
    @Override
    public String toString() {
        return "SecretHash[redacted]";
    }
}
