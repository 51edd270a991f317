package org.defendersdays.conference.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.OwnApplicationNotReviewable;
import org.defendersdays.conference.application.port.in.ReviewApplicationsUseCase;
import org.defendersdays.conference.application.port.in.ScoreApplicationCommand;
import org.defendersdays.conference.application.port.in.SelectionNotFound;
import org.defendersdays.conference.application.port.out.Reviews;
import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.ScoreSheet;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind review. Reviewers get the blind projection only ({@link BlindApplication}); their own
 * application is refused, and the refusal is audited. Scores are checked against the call's
 * criteria and stored as one reviewer's sheet.
 */
@Transactional(noRollbackFor = OwnApplicationNotReviewable.class)
public class ReviewService implements ReviewApplicationsUseCase {

    private final Reviews reviews;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewService(Reviews reviews, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallFacts> callsToReview() {
        return reviews.callsWithSubmissions();
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewQueue queue(int year, PersonId reviewer) {
        CallFacts call = reviews.callOfYear(year).orElseThrow(SelectionNotFound::new);
        List<ReviewQueue.Item> items = reviews.submitted(call.callId()).stream()
                .map(application -> new ReviewQueue.Item(application.id(), application.reference(),
                        application.region(), application.country(),
                        ScoreSheet.totalOf(call.criteria(), reviews.scoresOf(application.id(), reviewer)),
                        reviews.isApplicant(application.id(), reviewer)))
                .toList();
        return new ReviewQueue(call, items);
    }

    @Override
    public ReviewSheet sheet(UUID applicationId, PersonId reviewer) {
        BlindApplication application = reviews.submittedApplication(applicationId)
                .orElseThrow(SelectionNotFound::new);
        refuseOwn(applicationId, reviewer);
        CallFacts call = callOf(applicationId);
        return new ReviewSheet(call, application, reviews.scoresOf(applicationId, reviewer));
    }

    @Override
    public void score(ScoreApplicationCommand command) {
        reviews.submittedApplication(command.applicationId()).orElseThrow(SelectionNotFound::new);
        refuseOwn(command.applicationId(), command.reviewer());
        CallFacts call = callOf(command.applicationId());
        ScoreSheet sheet = ScoreSheet.of(call.criteria(), command.scores());
        reviews.saveScores(command.applicationId(), command.reviewer(), sheet.scores(), clock.instant());
        audit.record(AuditEntry.success(command.reviewer(), "conference.review.scored", "application",
                command.applicationId().toString()));
    }

    private CallFacts callOf(UUID applicationId) {
        return reviews.callOf(applicationId).flatMap(reviews::call).orElseThrow(SelectionNotFound::new);
    }

    private void refuseOwn(UUID applicationId, PersonId reviewer) {
        if (reviews.isApplicant(applicationId, reviewer)) {
            audit.record(new AuditEntry(java.util.Optional.of(reviewer), "conference.review.ownRefused",
                    "application", java.util.Optional.of(applicationId.toString()), AuditEntry.Outcome.DENIED,
                    java.util.Optional.empty()));
            throw new OwnApplicationNotReviewable();
        }
    }
}
