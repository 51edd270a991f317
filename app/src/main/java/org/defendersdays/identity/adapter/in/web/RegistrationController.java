package org.defendersdays.identity.adapter.in.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.defendersdays.identity.application.port.in.PasswordRejected;
import org.defendersdays.identity.application.port.in.RegisterAccountCommand;
import org.defendersdays.identity.application.port.in.RegisterAccountUseCase;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Self-registration. Whatever the address, a successful form leads to the same "check your mail" page. */
@Controller
class RegistrationController {

    private final RegisterAccountUseCase registration;

    RegistrationController(RegisterAccountUseCase registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Locale locale) {
        DisplayName displayName = null;
        EmailAddress email = null;
        if (!result.hasErrors()) {
            try {
                displayName = new DisplayName(form.displayName());
            } catch (IdentityRuleViolation violation) {
                FieldErrors.reject(result, "displayName", violation);
            }
            try {
                email = new EmailAddress(form.email());
            } catch (IdentityRuleViolation violation) {
                FieldErrors.reject(result, "email", violation);
            }
        }
        if (!result.hasErrors()) {
            try {
                registration.register(new RegisterAccountCommand(email, displayName, form.password(), locale));
                return "redirect:/register/check-mail";
            } catch (PasswordRejected rejected) {
                FieldErrors.reject(result, "password", rejected);
            }
        }
        // The page never writes the password back: its field has no value attribute.
        return "identity/register";
    }

    @GetMapping("/register/check-mail")
    String checkMail() {
        return "identity/check-mail";
    }
}
