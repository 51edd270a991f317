package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.defendersdays.conference.application.port.in.ReleaseWorkshopPlacesUseCase;
import org.defendersdays.conference.application.ApplyingService;
import org.defendersdays.conference.application.CallService;
import org.defendersdays.conference.application.port.out.ApplicationNotices;
import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires calls for applications and applying: the use cases, and who may reach their pages. An
 * application is a member's own (their address names the edition, not the application); the call's
 * administration and the audited page with an application's sealed fields are for conference admins.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationsConfiguration {

    @Bean
    CallService callService(Editions editions, Calls calls, Applications applications, AuditTrail audit) {
        return new CallService(editions, calls, applications, audit, Clock.systemUTC());
    }

    @Bean
    ApplyingService applyingService(Editions editions, Calls calls, Applications applications, TopicCatalogue topics,
            AuditTrail audit, ReleaseWorkshopPlacesUseCase workshops, ApplicationNotices notices) {
        return new ApplyingService(editions, calls, applications, topics, audit, workshops, notices,
                Clock.systemUTC());
    }

    @Bean
    AccessRules applicationsAccessRules() {
        return new AccessRules("conference.applications", List.of(
                AccessRules.members("/conference/editions/*/application", "/conference/editions/*/application/**"),
                AccessRules.roles(Set.of(Role.CONFERENCE_ADMIN), "/admin/conference/editions/*/call",
                        "/admin/conference/applications/*/sensitive")));
    }
}
