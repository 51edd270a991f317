package org.defendersdays.identity.config;

import java.util.List;

import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.defendersdays.sharedkernel.web.AccessRules.Rule;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Turns the modules' {@link AccessRules} into Spring Security rules. Pages open to anyone are
 * open for reading only (GET and HEAD); members and role holders may also send forms; rules for
 * administrative roles also require a sign-in with a second factor.
 */
final class ModuleAccessRules {

    private ModuleAccessRules() {
    }

    /**
     * Holders of one of the rule's roles; for administrative roles, only once signed in with a
     * second factor.
     */
    private static AuthorizationManager<RequestAuthorizationContext> forRoles(Rule rule) {
        AuthorizationManager<RequestAuthorizationContext> holdsRole = AuthorityAuthorizationManager
                .hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
        if (rule.roles().stream().noneMatch(Role::isAdministrative)) {
            return holdsRole;
        }
        return AuthorizationManagers.allOf(holdsRole,
                AuthorityAuthorizationManager.hasAuthority(SignInStage.WITH_SECOND_FACTOR.authority()));
    }

    static void apply(List<AccessRules> modules,
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth) {
        for (AccessRules module : modules) {
            for (Rule rule : module.rules()) {
                String[] patterns = rule.patterns().toArray(String[]::new);
                switch (rule.audience()) {
                    case ANYONE -> {
                        auth.requestMatchers(HttpMethod.GET, patterns).permitAll();
                        auth.requestMatchers(HttpMethod.HEAD, patterns).permitAll();
                    }
                    case MEMBERS -> auth.requestMatchers(patterns).hasRole("MEMBER");
                    case ROLES -> auth.requestMatchers(patterns).access(forRoles(rule));
                }
            }
        }
    }
}
