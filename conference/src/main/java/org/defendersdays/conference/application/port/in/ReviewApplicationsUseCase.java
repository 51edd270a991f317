package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Blind review: a reviewer sees submitted applications without who sent them, and scores each
 * against the call's criteria. A reviewer sees and changes only their own scores, and never reviews
 * their own application.
 */
public interface ReviewApplicationsUseCase {

    List<CallFacts> callsToReview();

    /** @throws SelectionNotFound if the edition has no call */
    ReviewQueue queue(int year, PersonId reviewer);

    /**
     * @throws SelectionNotFound if there is no submitted application with that id
     * @throws OwnApplicationNotReviewable if the reviewer applied
     */
    ReviewSheet sheet(UUID applicationId, PersonId reviewer);

    /**
     * @throws org.defendersdays.conference.domain.selection.SelectionRuleViolation if a score is missing or out of range
     */
    void score(ScoreApplicationCommand command);

    /** The call's submitted applications, each with this reviewer's own weighted total if they scored it. */
    record ReviewQueue(CallFacts call, List<Item> items) {

        public record Item(UUID applicationId, String reference, String region, String country,
                Optional<Integer> myTotal, boolean own) {
        }
    }

    record ReviewSheet(CallFacts call, BlindApplication application, Map<UUID, Integer> myScores) {
    }
}
