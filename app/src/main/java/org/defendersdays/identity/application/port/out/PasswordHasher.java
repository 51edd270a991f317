package org.defendersdays.identity.application.port.out;

/** Turns passwords into hashes with a password-hashing function, and checks them. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
