package org.defendersdays.identity.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches requests that no controller answers. Deny-by-default applies to every endpoint, so an
 * endpoint nobody declared is unreachable; an address with no endpoint at all is let through so
 * the visitor gets the friendly "page not found" instead of a sign-in form.
 */
final class UnknownAddresses implements RequestMatcher {

    private final RequestMappingHandlerMapping controllers;

    UnknownAddresses(RequestMappingHandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) == null;
        } catch (Exception noMatchForMethodOrMediaType) {
            // A controller exists for the address (wrong method or media type): not unknown.
            return false;
        }
    }
}
