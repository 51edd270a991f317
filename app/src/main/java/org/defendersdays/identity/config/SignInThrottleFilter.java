package org.defendersdays.identity.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.application.port.in.ThrottleSignInUseCase;
import org.defendersdays.identity.domain.SignInStage;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form: a throttled attempt is turned away before the password is
 * checked (so it costs no hashing), and a successful one gives its attempt back. Sits after the
 * CSRF check, so a forged form never reaches it.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final ThrottleSignInUseCase throttle;

    SignInThrottleFilter(ThrottleSignInUseCase throttle) {
        this.throttle = throttle;
    }

    /** Puts the filter in front of the sign-in form's handling; one line in the security configuration. */
    static void installIn(HttpSecurity http) {
        ThrottleSignInUseCase throttle = http.getSharedObject(ApplicationContext.class)
                .getBean(ThrottleSignInUseCase.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String typedEmail = request.getParameter("email");
        // Behind a reverse proxy this is the proxy, unless server.forward-headers-strategy is set.
        String clientAddress = request.getRemoteAddr();
        if (!throttle.tryAttempt(typedEmail, clientAddress)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
        if (signedIn(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication())) {
            throttle.succeeded(typedEmail, clientAddress);
        }
    }

    /**
     * Whether the attempt signed the person in completely. A password that leaves the second factor
     * to come restores nothing: otherwise whoever knows the password could reset the allowance and
     * try five more codes, again and again.
     */
    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().noneMatch(authority ->
                        SignInStage.AWAITING_SECOND_FACTOR.authority().equals(authority.getAuthority()));
    }
}
