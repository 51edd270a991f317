package org.defendersdays.conference.domain.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One reviewer's scores of one application: a score for every criterion of the call, each between
 * 0 and the criterion's maximum. Its weighted total is what admins compare.
 */
@ValueObject
public final class ScoreSheet {

    private final Map<UUID, Integer> scores;
    private final int weightedTotal;
    private final int weightedMaximum;

    private ScoreSheet(Map<UUID, Integer> scores, int weightedTotal, int weightedMaximum) {
        this.scores = Map.copyOf(scores);
        this.weightedTotal = weightedTotal;
        this.weightedMaximum = weightedMaximum;
    }

    /**
     * Checks the scores against the criteria.
     *
     * @throws SelectionRuleViolation naming the criterion ({@code score-<id>}) that is missing or out of range
     */
    public static ScoreSheet of(List<Criterion> criteria, Map<UUID, Integer> given) {
        if (criteria.isEmpty()) {
            throw new SelectionRuleViolation("form", "selection.review.error.noCriteria");
        }
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        int total = 0;
        int maximum = 0;
        for (Criterion criterion : criteria) {
            Integer score = given.get(criterion.id());
            if (score == null) {
                throw new SelectionRuleViolation("score-" + criterion.id(), "selection.review.error.missing");
            }
            if (score < 0 || score > criterion.maxScore()) {
                throw new SelectionRuleViolation("score-" + criterion.id(), "selection.review.error.range");
            }
            scores.put(criterion.id(), score);
            total += score * criterion.weight();
            maximum += criterion.maxScore() * criterion.weight();
        }
        if (!criteria.stream().map(Criterion::id).toList().containsAll(given.keySet())) {
            throw new SelectionRuleViolation("form", "selection.review.error.unknownCriterion");
        }
        return new ScoreSheet(scores, total, maximum);
    }

    /** The weighted total of scores already stored (those of criteria no longer in the call are left out). */
    public static Optional<Integer> totalOf(List<Criterion> criteria, Map<UUID, Integer> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        int total = 0;
        for (Criterion criterion : criteria) {
            total += stored.getOrDefault(criterion.id(), 0) * criterion.weight();
        }
        return Optional.of(total);
    }

    public Map<UUID, Integer> scores() {
        return scores;
    }

    public int weightedTotal() {
        return weightedTotal;
    }

    public int weightedMaximum() {
        return weightedMaximum;
    }
}
