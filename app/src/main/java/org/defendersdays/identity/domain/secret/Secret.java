package org.defendersdays.identity.domain.secret;

/**
 * A secret a person holds and the platform stores only as a hash: a password or a recovery code.
 * Implementations never show the secret in {@code toString()}, so it cannot slip into a log.
 */
public interface Secret {

    /** The secret in the one canonical form that is hashed and compared. */
    String canonicalText();
}
