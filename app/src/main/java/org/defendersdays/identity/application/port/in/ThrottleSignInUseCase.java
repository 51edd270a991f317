package org.defendersdays.identity.application.port.in;

/**
 * Limits sign-in attempts per account and per client address, so passwords cannot be guessed at
 * speed. Asked before the password is checked, so a refused attempt costs the platform no hashing.
 * The typed address is used as it was typed, whether or not it has an account, so the answer does
 * not tell who is registered.
 */
public interface ThrottleSignInUseCase {

    /**
     * Takes one attempt from the allowances of the typed address and of the client address.
     *
     * @return false if either allowance is used up: the attempt is refused (and audited)
     */
    boolean tryAttempt(String typedEmail, String clientAddress);

    /** The attempt signed the person in: the account's allowance is whole again, and the attempt does not count against the address. */
    void succeeded(String typedEmail, String clientAddress);
}
