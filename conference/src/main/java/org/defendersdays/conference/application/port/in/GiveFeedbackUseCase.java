package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.feedback.Survey;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * After the conference, a confirmed participant answers its surveys, anonymously, once each: one
 * for the whole conference and one per session of the published programme, each once it has ended.
 */
public interface GiveFeedbackUseCase {

    /**
     * The edition's surveys, as the participant sees them.
     *
     * @throws UnknownEdition if no edition with a published programme has that year
     * @throws org.defendersdays.conference.domain.feedback.FeedbackRuleViolation (field {@code form})
     *         if the person holds no confirmed place at the edition
     */
    List<SurveyForParticipant> surveysFor(int year, PersonId person);

    /** One survey of the edition, as the participant sees it. */
    SurveyForParticipant survey(int year, java.util.UUID survey, PersonId person);

    /**
     * Stores the answer, without the person, and a separate receipt that they answered.
     *
     * @throws UnknownEdition if no edition with a published programme has that year
     * @throws UnknownSurvey if the edition has no such survey
     * @throws org.defendersdays.conference.domain.feedback.FeedbackRuleViolation if the person is no
     *         confirmed participant, the survey is not open yet, they already answered it, or the
     *         answer breaks a rule (the field at fault says which)
     */
    void answer(GiveFeedbackCommand command);

    /** A survey, whether it takes answers now, and whether this person has already given one. */
    record SurveyForParticipant(Survey survey, boolean open, boolean answered) {
    }
}
