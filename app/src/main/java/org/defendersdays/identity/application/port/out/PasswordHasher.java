package org.defendersdays.identity.application.port.out;

import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.secret.Secret;
import org.defendersdays.identity.domain.secret.SecretHash;

/**
 * Slow, salted hashing for secrets people hold (passwords and recovery codes): what is stored
 * instead of the secret.
 */
public interface PasswordHasher {

    /** A new hash with a fresh random salt; the same secret never gives the same hash twice. */
    SecretHash hash(Secret secret);

    /** Whether the secret is the one the hash was made from; compared in constant time. */
    boolean matches(Secret secret, SecretHash hash);

    /**
     * Whether the hash was made with weaker settings (or another algorithm) than the current
     * ones; after a successful sign-in, the caller hashes the password again and stores it.
     */
    boolean needsRehash(SecretHash hash);

    /** For callers holding a password as typed text: hashed in its canonical form ({@link Password#of}). */
    default String hash(String password) {
        return hash(Password.of(password)).encoded();
    }

    /** For callers holding a password as typed text and its stored hash as text; no hash matches nothing. */
    default boolean matches(String password, String hash) {
        return hash != null && !hash.isBlank() && matches(Password.of(password), new SecretHash(hash));
    }
}
