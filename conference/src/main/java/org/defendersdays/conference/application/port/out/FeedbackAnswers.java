package org.defendersdays.conference.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Where anonymous feedback is kept: the answers, without any person, and apart from them the
 * receipts that say who has answered which survey, with nothing linking one to the other.
 */
public interface FeedbackAnswers {

    /**
     * Stores the person's receipt for the survey and, only if they had none, the answer (without
     * the person), in the caller's transaction. The store, not the caller, decides whether a receipt
     * already exists, so two answers sent at once cannot both count.
     *
     * @return whether the answer was stored; {@code false} if the person had already answered
     */
    boolean recordOnce(EditionId edition, UUID survey, PersonId person, FeedbackAnswer answer, LocalDate on);

    /** The surveys of the edition that the person has answered. */
    Set<UUID> answeredBy(EditionId edition, PersonId person);

    /** The answers to each survey of the edition that has any, free text opened. */
    Map<UUID, List<FeedbackAnswer>> answersTo(EditionId edition);
}
