package org.defendersdays.identity.application.port.in;

/**
 * Self-registration. The outcome looks the same whether or not the address already has an
 * account (the owner of an existing account gets a mail saying so), so registration never reveals
 * who uses the platform.
 */
public interface RegisterAccountUseCase {

    /**
     * @throws PasswordRejected if the password does not meet the policy
     */
    void register(RegisterAccountCommand command);
}
