package org.defendersdays.identity.adapter.in.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Raises the current sign-in to "with second factor": a new authentication in a session with a
 * new identifier, so whoever knew the half-signed-in session's identifier gains nothing.
 */
final class SignInUpgrade {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignInUpgrade() {
    }

    static SignedInPerson current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return person;
        }
        throw new IllegalStateException("no signed-in person");
    }

    static void toSecondFactor(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        SignedInPerson upgraded = person.withSecondFactor();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(upgraded, null, upgraded.getAuthorities()));
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
