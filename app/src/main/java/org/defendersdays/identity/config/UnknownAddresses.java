package org.defendersdays.identity.config;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Matches requests that no controller answers. Deny-by-default applies to every endpoint, so an
 * endpoint nobody declared is unreachable; an address with no endpoint at all is let through so
 * the visitor gets the friendly "page not found" instead of a sign-in form.
 */
final class UnknownAddresses implements RequestMatcher {

    private final Collection<RequestMappingInfoHandlerMapping> endpoints;

    /** @param endpoints every mapping of endpoints: controllers, and actuator's own */
    UnknownAddresses(Collection<RequestMappingInfoHandlerMapping> endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return endpoints.stream().noneMatch(mapping -> answers(mapping, request));
    }

    private static boolean answers(RequestMappingInfoHandlerMapping mapping, HttpServletRequest request) {
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception noMatchForMethodOrMediaType) {
            // An endpoint exists for the address (wrong method or media type): not unknown.
            return true;
        }
    }
}
