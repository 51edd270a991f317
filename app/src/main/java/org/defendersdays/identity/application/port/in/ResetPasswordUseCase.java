package org.defendersdays.identity.application.port.in;

import java.util.Locale;

/**
 * Sets a new password with a reset link. It does not sign the person in: they sign in as usual,
 * second factor included, so a reset never bypasses it. All their sessions end.
 */
public interface ResetPasswordUseCase {

    /**
     * @throws InvalidToken if the link is unknown, used or expired
     * @throws PasswordRejected if the new password does not meet the policy
     */
    void reset(String token, String newPassword, Locale language);

    /** Whether a reset link can still be used, so the form is only offered for a working link. */
    boolean isUsable(String token);
}
