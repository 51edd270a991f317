package org.defendersdays.identity.adapter.in.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.defendersdays.identity.application.port.in.SecondFactorUseCase;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. A few
 * wrong codes end the half-signed-in session, so guessing must start again from the (throttled)
 * password.
 */
@Controller
class SecondFactorSignInController {

    static final int ATTEMPTS_PER_SIGN_IN = 5;
    private static final String FAILED_ATTEMPTS = SecondFactorSignInController.class.getName() + ".failed";

    private final SecondFactorUseCase secondFactor;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SecondFactorSignInController(SecondFactorUseCase secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login/second-factor")
    String form() {
        return "identity/second-factor";
    }

    @PostMapping("/login/second-factor")
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SignedInPerson person = SignInUpgrade.current();
        if (secondFactor.pass(person.personId(), code)) {
            SavedRequest wanted = savedRequests.getRequest(request, response);
            SignInUpgrade.toSecondFactor(person, request, response);
            request.getSession().removeAttribute(FAILED_ATTEMPTS);
            return "redirect:" + (wanted == null ? "/account" : wanted.getRedirectUrl());
        }
        HttpSession session = request.getSession();
        int failed = session.getAttribute(FAILED_ATTEMPTS) instanceof Integer count ? count + 1 : 1;
        if (failed >= ATTEMPTS_PER_SIGN_IN) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?tooManyCodes";
        }
        session.setAttribute(FAILED_ATTEMPTS, failed);
        model.addAttribute("wrongCode", true);
        return "identity/second-factor";
    }
}
