package org.defendersdays.identity.application.port.out;

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
}
