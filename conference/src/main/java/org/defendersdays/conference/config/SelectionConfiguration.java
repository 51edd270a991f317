package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.defendersdays.conference.application.ReviewService;
import org.defendersdays.conference.application.SelectionService;
import org.defendersdays.conference.application.port.in.ReleaseWorkshopPlacesUseCase;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Reviews;
import org.defendersdays.conference.application.port.out.SelectionDecisions;
import org.defendersdays.conference.application.port.out.SelectionMail;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Wires blind review, selection decisions and places: their use cases, who may reach their pages,
 * and the reviewers' section of the back office.
 */
@Configuration(proxyBeanMethods = false)
public class SelectionConfiguration {

    static final String REVIEW_PATH = "/admin/conference/review";

    @Bean
    ReviewService reviewService(Reviews reviews, AuditTrail audit) {
        return new ReviewService(reviews, audit, Clock.systemUTC());
    }

    @Bean
    SelectionService selectionService(Reviews reviews, SelectionDecisions decisions, SelectionMail mail,
            ConferenceEvents events, AuditTrail audit, ReleaseWorkshopPlacesUseCase workshops,
            PublicationRevision revision) {
        return new SelectionService(reviews, decisions, mail, events, audit, workshops, revision, Clock.systemUTC());
    }

    /**
     * Reviewers reach the review pages (and only those: the rest of {@code /admin/conference/**} stays
     * for conference admins). Applied before the conference's own rules, so this more specific rule
     * wins. Applicants see their decision and answer an offered place.
     */
    @Bean
    @Order(0)
    AccessRules selectionAccessRules() {
        return new AccessRules("conference", List.of(
                AccessRules.roles(Set.of(Role.REVIEWER, Role.CONFERENCE_ADMIN), REVIEW_PATH, REVIEW_PATH + "/**"),
                AccessRules.members("/conference/editions/*/place", "/conference/editions/*/place/*")));
    }

    /** Blind review in the back office, for reviewers and conference admins. */
    @Bean
    BackOfficeSection conferenceReviewSection() {
        return new BackOfficeSection("conference.review", "selection.review.section.title",
                "selection.review.section.description", REVIEW_PATH, Set.of(Role.REVIEWER, Role.CONFERENCE_ADMIN),
                120);
    }
}
