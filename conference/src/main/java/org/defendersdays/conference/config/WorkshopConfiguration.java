package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.defendersdays.conference.application.WorkshopSignUpService;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.application.port.out.WorkshopCalendarTokens;
import org.defendersdays.conference.application.port.out.WorkshopNotifications;
import org.defendersdays.conference.application.port.out.WorkshopSeats;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workshop sign-up: the use case service, who may reach its pages, and its back-office section.
 * Personal programmes are for signed-in members (the service then checks the confirmed place);
 * the calendar feed is reachable by anyone holding its secret address; the admin view falls under
 * the conference's {@code /admin/conference/**} rule (conference admins with a second factor).
 */
@Configuration(proxyBeanMethods = false)
public class WorkshopConfiguration {

    @Bean
    WorkshopSignUpService workshopSignUpService(Editions editions, ProgrammeSessions sessions, WorkshopSeats seats,
            ConfirmedParticipants participants, WorkshopCalendarTokens tokens, WorkshopNotifications notifications) {
        return new WorkshopSignUpService(editions, sessions, seats, participants, tokens, notifications,
                Clock.systemUTC());
    }

    @Bean
    AccessRules workshopAccessRules() {
        return new AccessRules("conference-workshops", List.of(
                AccessRules.anyone("/conference/calendar/*"),
                AccessRules.members("/conference/editions/*/my-programme", "/conference/editions/*/my-programme/**")));
    }

    @Bean
    BackOfficeSection conferenceWorkshopsSection() {
        return new BackOfficeSection("conference.workshops", "workshops.admin.section.title",
                "workshops.admin.section.description", "/admin/conference/workshops", Set.of(Role.CONFERENCE_ADMIN),
                120);
    }
}
