package org.defendersdays.identity.adapter.in.web;

import jakarta.validation.Valid;

import org.defendersdays.identity.application.port.in.AcceptInvitationUseCase;
import org.defendersdays.identity.application.port.in.InvalidToken;
import org.defendersdays.identity.application.port.in.PasswordRejected;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Accepting an invitation from the mailed link: the invited person chooses a display name and a password. */
@Controller
class InvitationController {

    private static final int MAX_TOKEN = 200;

    private final AcceptInvitationUseCase invitations;

    InvitationController(AcceptInvitationUseCase invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        if (token.isBlank() || token.length() > MAX_TOKEN || !invitations.isUsable(token)) {
            throw new InvalidToken();
        }
        model.addAttribute("form", new InvitationAcceptanceForm(token, "", ""));
        return "identity/invitation";
    }

    @PostMapping("/invitation")
    String accept(@Valid @ModelAttribute("form") InvitationAcceptanceForm form, BindingResult result) {
        if (result.hasFieldErrors("token")) {
            throw new InvalidToken();
        }
        DisplayName displayName = null;
        if (!result.hasErrors()) {
            try {
                displayName = new DisplayName(form.displayName());
            } catch (IdentityRuleViolation violation) {
                FieldErrors.reject(result, "displayName", violation);
            }
        }
        if (!result.hasErrors()) {
            try {
                invitations.accept(form.token(), displayName, form.password());
                return "redirect:/login?invitationAccepted";
            } catch (PasswordRejected rejected) {
                FieldErrors.reject(result, "password", rejected);
            }
        }
        return "identity/invitation";
    }

    @ExceptionHandler(InvalidToken.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidLink() {
        return "identity/invalid-link";
    }
}
