package org.defendersdays.identity.application.port.in;

import java.util.Objects;

import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.password.PasswordOwner;

/** A password someone wants to set, with what is known of them. */
public record CandidatePassword(Password password, PasswordOwner owner) {

    public CandidatePassword {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(owner, "owner");
    }
}
