package org.defendersdays.conference.domain.selection;

import java.util.List;
import java.util.OptionalDouble;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The reviewers' weighted totals of one application side by side: their mean, their spread (the
 * highest minus the lowest, a sign that reviewers disagree) and how many reviewed it.
 */
@ValueObject
public record ScoreSummary(List<Integer> totals) {

    public ScoreSummary {
        totals = List.copyOf(totals);
    }

    public int reviews() {
        return totals.size();
    }

    public OptionalDouble mean() {
        return totals.stream().mapToInt(Integer::intValue).average();
    }

    public int spread() {
        if (totals.isEmpty()) {
            return 0;
        }
        int max = totals.stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = totals.stream().mapToInt(Integer::intValue).min().orElse(0);
        return max - min;
    }
}
