package org.defendersdays.conference.domain.selection;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** What reviewers score an application against, from 0 to {@code maxScore}, weighted in the total. */
@ValueObject
public record Criterion(UUID id, int position, String name, String guidance, int maxScore, int weight) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (maxScore < 1 || maxScore > 10 || weight < 1 || weight > 10) {
            throw new IllegalArgumentException("a criterion scores 1..10 points with a weight of 1..10");
        }
    }
}
