package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.feedback.Survey;
import org.defendersdays.conference.domain.feedback.SurveyResults;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A conference admin reads what participants said, per survey, but only for groups of at least
 * three answers. Reading the (sealed) free text is written to the audit trail.
 */
public interface SeeFeedbackResultsUseCase {

    /** @throws UnknownEdition if no edition has that year */
    List<SurveyReport> resultsOf(int year, PersonId admin);

    /** One survey with its results. */
    record SurveyReport(Survey survey, SurveyResults results) {
    }
}
