package org.defendersdays.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose body cannot be read as parameters (a form over the server's upload limit)
 * with 413 and the friendly error page. Since Servlet 6.1, Tomcat throws from every
 * {@code getParameter} call of such a request, first of all from the CSRF check, which would make a
 * 500 of it. The parameters are read once, before anything else; smaller uploads pass untouched.
 */
final class UnreadableBodyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
