package org.defendersdays.identity.domain.secret;

/**
 * Whether a secret is the one a stored hash was made from. The domain asks; the password hasher
 * (behind a port) answers, so the domain never knows the hashing technology.
 */
@FunctionalInterface
public interface SecretCheck {

    boolean matches(Secret secret, SecretHash hash);
}
