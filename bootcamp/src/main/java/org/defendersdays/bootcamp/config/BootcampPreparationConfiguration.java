package org.defendersdays.bootcamp.config;

import java.time.Clock;
import java.util.List;

import org.defendersdays.bootcamp.application.PreparationService;
import org.defendersdays.bootcamp.application.port.out.ConferencePreparations;
import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the pre-conference preparation: the admin marks a programme as the preparation for an
 * edition, and people the conference accepts to it are offered it ({@code /admin/bootcamp/**} is
 * already the bootcamp admins'; the offers page is each member's own).
 */
@Configuration(proxyBeanMethods = false)
public class BootcampPreparationConfiguration {

    @Bean
    PreparationService preparationService(Programmes programmes, ConferencePreparations preparations,
            AuditTrail audit) {
        return new PreparationService(programmes, preparations, audit, Clock.systemUTC());
    }

    @Bean
    AccessRules bootcampOffersAccessRules() {
        return new AccessRules("bootcamp-offers", List.of(AccessRules.members("/bootcamp/offers")));
    }
}
