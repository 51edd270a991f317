package org.defendersdays.backoffice.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.backoffice.application.BackOfficeDirectory;
import org.defendersdays.backoffice.application.port.in.ListBackOfficeSectionsUseCase;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the back office shell. Each section's own pages are guarded by its module's access rules;
 * this guards only the shell's front door, open to every administrative role.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeConfiguration {

    @Bean
    ListBackOfficeSectionsUseCase backOfficeDirectory(List<BackOfficeSection> sections) {
        return new BackOfficeDirectory(sections);
    }

    /** Exactly {@code /admin}: the sections under it declare their own audiences. */
    @Bean
    AccessRules backOfficeAccessRules() {
        Set<Role> administrative = Arrays.stream(Role.values()).filter(Role::isAdministrative)
                .collect(Collectors.toSet());
        return new AccessRules("backoffice", List.of(AccessRules.roles(administrative, "/admin")));
    }
}
