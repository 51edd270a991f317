package org.defendersdays.identity.application.port.in;

import java.util.Locale;

import org.defendersdays.identity.domain.EmailAddress;

/**
 * Someone forgot their password. A reset link goes to the address if it belongs to an active
 * account; the answer is the same either way.
 */
public interface RequestPasswordResetUseCase {

    void requestReset(EmailAddress email, Locale language);
}
