package org.defendersdays.identity.application.port.in;

/** Checks a password someone wants to set (at registration or on a change) against the policy. */
public interface CheckNewPasswordUseCase {

    PasswordCheck check(CandidatePassword candidate);
}
