package org.defendersdays.identity.application.port.in;

import java.util.Locale;
import java.util.Objects;

import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;

/** Someone asks for an account. The password is plain text only until it is hashed. */
public record RegisterAccountCommand(EmailAddress email, DisplayName displayName, String password, Locale language) {

    public RegisterAccountCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[hidden]";
    }
}
