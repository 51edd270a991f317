package org.defendersdays.identity.application.port.in;

/** The owner of an address follows the link mailed to it; the account becomes active. */
public interface VerifyEmailUseCase {

    /**
     * @throws InvalidToken if the link is unknown, used or expired
     */
    void verify(String token);
}
