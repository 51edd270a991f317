package org.defendersdays.identity.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invited person's form: a display name and a password. The address comes from the invitation. */
record InvitationAcceptanceForm(
        @NotBlank @Size(max = 200) String token,
        @NotBlank(message = "{identity.displayName.required}") @Size(max = 60, message = "{identity.displayName.length}") String displayName,
        @NotBlank(message = "{identity.password.required}") @Size(max = 128, message = "{identity.password.tooLong}") String password) {

    @Override
    public String toString() {
        return "InvitationAcceptanceForm[hidden]";
    }
}
