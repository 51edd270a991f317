package org.defendersdays.identity.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password chosen with a reset link. */
record NewPasswordForm(
        @NotBlank @Size(max = 200) String token,
        @NotBlank(message = "{identity.password.required}") @Size(max = 128, message = "{identity.password.tooLong}") String password) {

    @Override
    public String toString() {
        return "NewPasswordForm[hidden]";
    }
}
