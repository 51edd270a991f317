package org.defendersdays.identity.adapter.in.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.defendersdays.identity.application.port.in.InvalidToken;
import org.defendersdays.identity.application.port.in.PasswordRejected;
import org.defendersdays.identity.application.port.in.RequestPasswordResetUseCase;
import org.defendersdays.identity.application.port.in.ResetPasswordUseCase;
import org.defendersdays.identity.domain.EmailAddress;
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

/** Forgotten passwords: ask for a link (same answer for any address), then choose a new password. */
@Controller
class PasswordResetController {

    private static final int MAX_TOKEN = 200;

    private final RequestPasswordResetUseCase request;
    private final ResetPasswordUseCase reset;

    PasswordResetController(RequestPasswordResetUseCase request, ResetPasswordUseCase reset) {
        this.request = request;
        this.reset = reset;
    }

    @GetMapping("/password-reset")
    String form() {
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String requestLink(@RequestParam(defaultValue = "") String email, Locale locale) {
        if (email.length() <= EmailAddress.MAX_LENGTH) {
            try {
                request.requestReset(new EmailAddress(email), locale);
            } catch (IdentityRuleViolation malformed) {
                // Same answer as for an unknown address.
            }
        }
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent() {
        return "identity/password-reset-sent";
    }

    @GetMapping("/password-reset/new")
    String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (token.isBlank() || token.length() > MAX_TOKEN || !reset.isUsable(token)) {
            throw new InvalidToken();
        }
        model.addAttribute("form", new NewPasswordForm(token, ""));
        return "identity/password-reset-new";
    }

    @PostMapping("/password-reset/new")
    String setNewPassword(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Locale locale) {
        if (result.hasFieldErrors("token")) {
            throw new InvalidToken();
        }
        if (!result.hasErrors()) {
            try {
                reset.reset(form.token(), form.password(), locale);
                return "redirect:/login?passwordChanged";
            } catch (PasswordRejected rejected) {
                FieldErrors.reject(result, "password", rejected);
            }
        }
        return "identity/password-reset-new";
    }

    @ExceptionHandler(InvalidToken.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidLink() {
        return "identity/invalid-link";
    }
}
