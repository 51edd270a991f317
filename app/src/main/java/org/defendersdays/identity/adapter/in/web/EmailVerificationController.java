package org.defendersdays.identity.adapter.in.web;

import org.defendersdays.identity.application.port.in.InvalidToken;
import org.defendersdays.identity.application.port.in.VerifyEmailUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Verifying an address. The mailed link opens a page with a button; only pressing it (a POST)
 * uses the link, so mail scanners that open links do not use it up.
 */
@Controller
class EmailVerificationController {

    private static final int MAX_TOKEN = 200;

    private final VerifyEmailUseCase verification;

    EmailVerificationController(VerifyEmailUseCase verification) {
        this.verification = verification;
    }

    @GetMapping("/verify-email")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > MAX_TOKEN ? "" : token);
        return "identity/verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token) {
        if (token.isBlank() || token.length() > MAX_TOKEN) {
            throw new InvalidToken();
        }
        verification.verify(token);
        return "redirect:/login?verified";
    }

    @ExceptionHandler(InvalidToken.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidLink() {
        return "identity/invalid-link";
    }
}
