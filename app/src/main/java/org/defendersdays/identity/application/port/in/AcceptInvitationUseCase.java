package org.defendersdays.identity.application.port.in;

import org.defendersdays.identity.domain.DisplayName;

/** The invited person creates their account from the mailed link. */
public interface AcceptInvitationUseCase {

    /** Whether the link still works, without using it. */
    boolean isUsable(String token);

    /**
     * Creates an active member account for the invited address, with the invited roles.
     *
     * @throws InvalidToken if the link is unknown, used or expired
     * @throws PasswordRejected if the password breaks the policy (the link stays usable)
     */
    void accept(String token, DisplayName displayName, String password);
}
