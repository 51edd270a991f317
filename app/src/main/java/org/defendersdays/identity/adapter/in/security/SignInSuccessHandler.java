package org.defendersdays.identity.adapter.in.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.domain.SignInStage;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After the password: on to the second factor if the account has one, else where the person was going. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInPerson person
                && person.stage() == SignInStage.AWAITING_SECOND_FACTOR) {
            getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
