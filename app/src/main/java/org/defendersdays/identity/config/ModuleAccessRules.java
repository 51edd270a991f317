package org.defendersdays.identity.config;

import java.util.List;

import org.defendersdays.sharedkernel.web.AccessRules;
import org.defendersdays.sharedkernel.web.AccessRules.Rule;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Turns the modules' {@link AccessRules} into Spring Security rules. Pages open to anyone are
 * open for reading only (GET and HEAD); members and role holders may also send forms.
 */
final class ModuleAccessRules {

    private ModuleAccessRules() {
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
                    case ROLES -> auth.requestMatchers(patterns)
                            .hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
                }
            }
        }
    }
}
