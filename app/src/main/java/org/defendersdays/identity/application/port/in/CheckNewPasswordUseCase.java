package org.defendersdays.identity.application.port.in;

import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.password.PasswordOwner;

/** Checks a password someone wants to set (at registration or on a change) against the policy. */
public interface CheckNewPasswordUseCase {

    PasswordCheck check(CandidatePassword candidate);

    /**
     * Refuses a password that breaks the policy, with the reasons as message keys: what the
     * account use cases (registration, reset, invitation, seeding) ask before hashing one.
     *
     * @throws PasswordRejected if the password is not acceptable
     */
    default void requireAcceptable(String password, String emailLocalPart, String displayName) {
        PasswordCheck result = check(new CandidatePassword(Password.of(password),
                PasswordOwner.of(emailLocalPart, displayName)));
        if (!result.isAcceptable()) {
            throw new PasswordRejected(result.messageKeys());
        }
    }
}
