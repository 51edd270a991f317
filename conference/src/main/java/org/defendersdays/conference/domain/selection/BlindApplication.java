package org.defendersdays.conference.domain.selection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A submitted application as a reviewer sees it: no name, no email, no person id and none of the
 * sealed fields; only a neutral reference and what the applicant wrote for review.
 *
 * @param attendedBefore empty if the applicant did not say
 * @param answers the call's questions with the applicant's answers, in the call's order
 */
@ValueObject
public record BlindApplication(UUID id, List<String> focusAreas, String region, String country,
        List<String> languages, Optional<String> hopesToLearn, Optional<String> hopesToShare,
        Optional<Boolean> attendedBefore, Optional<String> gender, Needs needs, List<Answer> answers,
        boolean highRisk) {

    public BlindApplication {
        Objects.requireNonNull(id, "id");
        focusAreas = List.copyOf(focusAreas);
        languages = List.copyOf(languages);
        answers = List.copyOf(answers);
    }

    /** What the applicant asked for (no detail: accessibility needs are sealed and never shown here). */
    public record Needs(boolean visaLetter, boolean travelSupport, boolean accommodation, boolean accessibility,
            Optional<String> interpretationInto) {
    }

    public record Answer(String prompt, String answer) {
    }

    /** A neutral reference: the first 8 hexadecimal digits of the application's id. */
    public String reference() {
        return reference(id);
    }

    public static String reference(UUID id) {
        return id.toString().substring(0, 8);
    }
}
