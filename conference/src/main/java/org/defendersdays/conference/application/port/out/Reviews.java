package org.defendersdays.conference.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * The calls and their submitted applications as review sees them (blind), and the reviewers' scores.
 */
public interface Reviews {

    Optional<CallFacts> callOfYear(int year);

    Optional<CallFacts> call(UUID callId);

    /** The calls that have submitted applications, newest edition first. */
    List<CallFacts> callsWithSubmissions();

    /** The submitted applications of a call, oldest submission first. */
    List<BlindApplication> submitted(UUID callId);

    /** One submitted application, blind; empty if there is none with that id or it is not submitted. */
    Optional<BlindApplication> submittedApplication(UUID applicationId);

    /** The call an application was made to. */
    Optional<UUID> callOf(UUID applicationId);

    /** Whether the person is the one who applied. */
    boolean isApplicant(UUID applicationId, PersonId person);

    /** One reviewer's scores of one application, by criterion. */
    Map<UUID, Integer> scoresOf(UUID applicationId, PersonId reviewer);

    /** Replaces one reviewer's scores of one application (an upsert per criterion, in one transaction). */
    void saveScores(UUID applicationId, PersonId reviewer, Map<UUID, Integer> scores, Instant at);

    /** Every score of the call's applications: application, then reviewer, then criterion. */
    Map<UUID, Map<UUID, Map<UUID, Integer>>> scoresOfCall(UUID callId);
}
