package org.defendersdays.identity.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form as typed. Sizes cap what the server even looks at. */
record RegistrationForm(
        @NotBlank(message = "{identity.displayName.required}") @Size(max = 60, message = "{identity.displayName.length}") String displayName,
        @NotBlank(message = "{identity.email.required}") @Size(max = 254, message = "{identity.email.invalid}") String email,
        @NotBlank(message = "{identity.password.required}") @Size(max = 128, message = "{identity.password.tooLong}") String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    @Override
    public String toString() {
        return "RegistrationForm[hidden]";
    }
}
