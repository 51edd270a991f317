package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.defendersdays.conference.application.TravelDataErasure;
import org.defendersdays.conference.application.TravelEditions;
import org.defendersdays.conference.application.TravelSupportService;
import org.defendersdays.conference.application.VisaLetterService;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.TravelNotices;
import org.defendersdays.conference.application.port.out.TravelSupportRequests;
import org.defendersdays.conference.application.port.out.VisaLetterPrinter;
import org.defendersdays.conference.application.port.out.VisaLetterRequests;
import org.defendersdays.conference.domain.travel.Letterhead;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires visa invitation letters and travel support: the use cases, the letterhead (properties
 * {@code defendersdays.visa-letter.*}, with demo defaults), the erasure after the conference
 * ({@code defendersdays.housekeeping.passports.*}), who may reach the pages, and the back office
 * section. The admin pages live under {@code /admin/conference/**}, which the module's own rules
 * give to conference admins.
 */
@Configuration(proxyBeanMethods = false)
public class TravelConfiguration {

    @Bean
    TravelEditions travelEditions(Editions editions, ConfirmedParticipants participants) {
        return new TravelEditions(editions, participants);
    }

    @Bean
    Letterhead visaLetterhead(
            @Value("${defendersdays.visa-letter.organisation:Defenders' Days Foundation}") String organisation,
            @Value("${defendersdays.visa-letter.address:Example Street 1|SE-111 22 Stockholm|Sweden}") String address,
            @Value("${defendersdays.visa-letter.place:Stockholm}") String place,
            @Value("${defendersdays.visa-letter.signatory-name:Anna Andersson}") String signatoryName,
            @Value("${defendersdays.visa-letter.signatory-title:Programme Director}") String signatoryTitle,
            @Value("${defendersdays.visa-letter.contact:visa@defendersdays.example}") String contact) {
        return new Letterhead(organisation, Arrays.stream(address.split("\\|")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList(), place, signatoryName, signatoryTitle, contact);
    }

    @Bean
    VisaLetterService visaLetterService(TravelEditions editions, VisaLetterRequests requests,
            TravelSupportRequests support, VisaLetterPrinter printer, TravelNotices notices, SensitiveData sensitive,
            AuditTrail audit, Letterhead letterhead,
            @Value("${defendersdays.visa-letter.meals-provided:true}") boolean mealsProvided) {
        return new VisaLetterService(editions, requests, support, printer, notices, sensitive, audit, letterhead,
                mealsProvided, Clock.systemUTC());
    }

    @Bean
    TravelSupportService travelSupportService(TravelEditions editions, TravelSupportRequests requests,
            TravelNotices notices, SensitiveData sensitive, AuditTrail audit) {
        return new TravelSupportService(editions, requests, notices, sensitive, audit, Clock.systemUTC());
    }

    @Bean
    TravelDataErasure travelDataErasure(VisaLetterRequests requests, TravelSupportRequests support, AuditTrail audit,
            @Value("${defendersdays.housekeeping.passports.grace-days:7}") int graceDays) {
        return new TravelDataErasure(requests, support, audit, graceDays, Clock.systemUTC());
    }

    /** Members reach these pages; the controllers let in only the edition's confirmed participants. */
    @Bean
    AccessRules travelAccessRules() {
        return new AccessRules("conference-travel", List.of(
                AccessRules.members("/conference/editions/*/visa-letter", "/conference/editions/*/visa-letter.pdf",
                        "/conference/editions/*/travel-support")));
    }

    /** Visa letters and travel support in the back office, for conference admins. */
    @Bean
    BackOfficeSection conferenceTravelSection() {
        return new BackOfficeSection("conference.travel", "travel.admin.section.title",
                "travel.admin.section.description", "/admin/conference/travel", Set.of(Role.CONFERENCE_ADMIN), 130);
    }
}
