package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.defendersdays.conference.application.FeedbackService;
import org.defendersdays.conference.application.ParticipantListService;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.FeedbackAnswers;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.DisplayNames;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires what confirmed participants have after selection: the participant list and the feedback
 * surveys, with the addresses they live at (members only; the use cases decide who is a participant).
 */
@Configuration(proxyBeanMethods = false)
public class ParticipationFeedbackConfiguration {

    @Bean
    ParticipantListService participantListService(Editions editions, ConfirmedParticipants participants,
            DisplayNames displayNames) {
        return new ParticipantListService(editions, participants, displayNames);
    }

    @Bean
    FeedbackService feedbackService(Editions editions, ProgrammeSessions sessions,
            ConfirmedParticipants participants, FeedbackAnswers answers, AuditTrail audit) {
        return new FeedbackService(editions, sessions, participants, answers, audit, Clock.systemUTC());
    }

    /** Never public: signed-in members only, and of them only an edition's confirmed participants get further. */
    @Bean
    AccessRules participationFeedbackAccessRules() {
        return new AccessRules("conference-participation", List.of(
                AccessRules.members("/conference/editions/*/participants", "/conference/editions/*/feedback",
                        "/conference/editions/*/feedback/*")));
    }

    /** Feedback results in the back office, for conference admins ({@code /admin/conference/**} is theirs). */
    @Bean
    BackOfficeSection conferenceFeedbackSection() {
        return new BackOfficeSection("conference.feedback", "feedback.admin.section.title",
                "feedback.admin.section.description", "/admin/conference/feedback", Set.of(Role.CONFERENCE_ADMIN), 130);
    }
}
