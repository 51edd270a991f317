package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.Decision;
import org.defendersdays.conference.domain.selection.ScoreSummary;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Selection, for conference admins: the reviewers' totals side by side against places and quotas,
 * the decisions (each audited and mailed to the applicant), the ranked waitlist, high-risk marks and
 * the export.
 */
public interface SelectApplicantsUseCase {

    /** @throws SelectionNotFound if the edition has no call */
    SelectionBoard board(int year);

    /**
     * @throws StaleSelection if the decision changed since it was read
     * @throws org.defendersdays.conference.domain.selection.SelectionRuleViolation if no place or quota is left
     */
    void decide(DecideCommand command);

    void moveOnWaitlist(PersonId admin, UUID applicationId, boolean up);

    void markHighRisk(PersonId admin, UUID applicationId, boolean highRisk);

    /** One row per application, high-risk applicants left out; audited. */
    List<ExportRow> export(PersonId admin, int year);

    /**
     * @param reviewerTotals per application, each reviewer's weighted total in a stable reviewer order
     *        (reviewers are numbered, not named)
     */
    record SelectionBoard(CallFacts call, List<Row> rows, int reviewers, Totals totals) {
    }

    record Row(BlindApplication application, List<Optional<Integer>> reviewerTotals, ScoreSummary summary,
            Optional<Decision> decision) {
    }

    /**
     * @param taken offered and confirmed places
     * @param acceptedByRegion places taken per region
     * @param genderOfAccepted by gender code, only if the call asks
     */
    record Totals(int places, int taken, int confirmed, int waitlisted, Map<String, Integer> acceptedByRegion,
            Map<String, Integer> genderOfAccepted, int firstTimeAccepted, int returningAccepted,
            int firstTimeApplicants, int returningApplicants) {
    }

    record ExportRow(String reference, String region, String country, List<String> languages, List<String> needs,
            Optional<Boolean> attendedBefore, Optional<Double> meanScore, Optional<String> decision,
            Optional<String> place) {
    }
}
