package org.defendersdays.conference.domain.application;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/** What reviewers score an application on: 0 to {@code maxScore}, counted {@code weight} times in the total. */
public record ReviewCriterion(UUID id, String name, Optional<String> guidance, int maxScore, int weight)
        implements ValueObject {

    public static final int NAME_MAX = 200;
    public static final int GUIDANCE_MAX = 1000;

    public ReviewCriterion {
        Objects.requireNonNull(id, "id");
        name = ApplicationText.required("criterion", name, NAME_MAX, false);
        guidance = ApplicationText.optional("criterion", guidance == null ? null : guidance.orElse(null),
                GUIDANCE_MAX, true);
        if (maxScore < 1 || maxScore > 10) {
            throw new ApplicationRuleViolation("criterion", "application.call.criterion.maxScore");
        }
        if (weight < 1 || weight > 10) {
            throw new ApplicationRuleViolation("criterion", "application.call.criterion.weight");
        }
    }

    public static ReviewCriterion define(String name, Optional<String> guidance, int maxScore, int weight) {
        return new ReviewCriterion(UUID.randomUUID(), name, guidance, maxScore, weight);
    }
}
