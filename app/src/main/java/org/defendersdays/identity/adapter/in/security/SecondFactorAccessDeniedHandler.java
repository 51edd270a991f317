package org.defendersdays.identity.adapter.in.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.domain.SignInStage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * When a signed-in person is refused: someone half signed in is sent to the second-factor page;
 * an administrator without a second factor who opens the back office is sent to set one up; anyone
 * else gets the "not allowed" page.
 */
@Component
class SecondFactorAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            if (person.stage() == SignInStage.AWAITING_SECOND_FACTOR) {
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                return;
            }
            boolean administrator = person.asCurrentPerson().roles().stream().anyMatch(role -> role.isAdministrative());
            if (person.stage() == SignInStage.PASSWORD_ONLY && administrator
                    && request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
                response.sendRedirect(request.getContextPath() + "/account/second-factor?required");
                return;
            }
        }
        forbidden.handle(request, response, denied);
    }
}
