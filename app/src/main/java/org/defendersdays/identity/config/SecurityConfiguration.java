package org.defendersdays.identity.config;

import static org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive.CACHE;
import static org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive.COOKIES;
import static org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive.STORAGE;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The platform's web security: deny by default, the modules' declared access rules (administrative
 * ones only with a second factor), identity's own pages, a second sign-in step for accounts with a
 * second factor, CSRF on every form, strict security headers, and sign-out that clears the
 * browser's data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** No inline code anywhere: scripts, styles and images come from the platform itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, List<AccessRules> modules,
            AuthenticationSuccessHandler signInSuccess, AccessDeniedHandler accessDenied,
            ObjectProvider<RequestMappingInfoHandlerMapping> endpoints,
            @Value("${defendersdays.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
            auth.requestMatchers("/error").permitAll();
            auth.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll();
            auth.requestMatchers(HttpMethod.GET, IdentityPages.OPEN).permitAll();
            auth.requestMatchers(HttpMethod.POST, IdentityPages.OPEN_FORMS).permitAll();
            auth.requestMatchers(IdentityPages.SECOND_STEP).hasAuthority(SignInStage.AWAITING_SECOND_FACTOR.authority());
            auth.requestMatchers(HttpMethod.POST, IdentityPages.PASSKEY_CHANGES).access(AuthorizationManagers.allOf(
                    AuthorityAuthorizationManager.hasRole("MEMBER"),
                    AuthorityAuthorizationManager.hasAuthority(SignInStage.WITH_SECOND_FACTOR.authority())));
            auth.requestMatchers(IdentityPages.MEMBERS).hasRole("MEMBER");
            ModuleAccessRules.apply(modules, auth);
            auth.requestMatchers(new UnknownAddresses(endpoints.orderedStream().toList())).permitAll();
            auth.anyRequest().denyAll();
        });
        http.formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .successHandler(signInSuccess)
                .failureUrl("/login?error"));
        http.logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/?signedOut")
                .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(CACHE, COOKIES, STORAGE))));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        http.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout), SessionManagementFilter.class);
        SignInThrottleFilter.installIn(http);
        return http.build();
    }
}
