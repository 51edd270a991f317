package org.defendersdays.conference.domain.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What the answers to one survey say, shown to admins only for a group of at least
 * {@link #MINIMUM_GROUP} answers: fewer could identify who wrote what (one of two participants of a
 * small workshop knows the other's answer). Below it, not even the count of ratings is shown.
 *
 * @param count how many answered
 * @param shown whether the group is large enough to show anything more than that
 * @param distribution how many gave each rating, 1 to 5 (all zero when not shown)
 * @param whatWorked the free-text answers, shuffled so their order says nothing (empty when not shown)
 * @param couldBeBetter likewise
 */
public record SurveyResults(int count, boolean shown, List<Integer> distribution, List<String> whatWorked,
        List<String> couldBeBetter) implements ValueObject {

    /** The smallest group of answers whose results are shown. */
    public static final int MINIMUM_GROUP = 3;

    public SurveyResults {
        distribution = List.copyOf(distribution);
        whatWorked = List.copyOf(whatWorked);
        couldBeBetter = List.copyOf(couldBeBetter);
    }

    /** Summarises the answers, or only counts them if there are too few to show. */
    public static SurveyResults of(List<FeedbackAnswer> answers) {
        Objects.requireNonNull(answers, "answers");
        if (answers.size() < MINIMUM_GROUP) {
            return new SurveyResults(answers.size(), false, List.of(0, 0, 0, 0, 0), List.of(), List.of());
        }
        int[] counts = new int[5];
        List<String> worked = new ArrayList<>();
        List<String> better = new ArrayList<>();
        for (FeedbackAnswer answer : answers) {
            counts[answer.rating() - 1]++;
            answer.whatWorked().ifPresent(worked::add);
            answer.couldBeBetter().ifPresent(better::add);
        }
        Collections.shuffle(worked);
        Collections.shuffle(better);
        return new SurveyResults(answers.size(), true, List.of(counts[0], counts[1], counts[2], counts[3], counts[4]),
                worked, better);
    }

    /** The average rating, to one decimal place; 0 when not shown. */
    public double averageRating() {
        if (!shown || count == 0) {
            return 0;
        }
        int sum = 0;
        for (int rating = 1; rating <= 5; rating++) {
            sum += rating * distribution.get(rating - 1);
        }
        return Math.round(sum * 10.0 / count) / 10.0;
    }
}
