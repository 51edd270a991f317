package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Objects;

import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.conference.domain.application.ReviewCriterion;

/**
 * A call as an admin wrote it: its terms, questions, quotas or targets, and review criteria. Ids of
 * questions and criteria that are not the call's own are treated as new ones.
 */
public record CallDraft(CallTerms terms, List<CallQuestion> questions, List<RegionQuota> quotas,
        List<ReviewCriterion> criteria) {

    public CallDraft {
        Objects.requireNonNull(terms, "terms");
        questions = List.copyOf(questions);
        quotas = List.copyOf(quotas);
        criteria = List.copyOf(criteria);
    }
}
