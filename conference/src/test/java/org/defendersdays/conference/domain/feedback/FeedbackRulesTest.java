package org.defendersdays.conference.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.programme.TimeSlot;
import org.junit.jupiter.api.Test;

class FeedbackRulesTest {

    private static FeedbackAnswer answer(int rating, String worked) {
        return new FeedbackAnswer(rating, Optional.ofNullable(worked), Optional.empty());
    }

    @Test
    void aRatingIsFromOneToFive() {
        assertThatThrownBy(() -> answer(0, null)).isInstanceOfSatisfying(FeedbackRuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("rating"));
        assertThatThrownBy(() -> answer(6, null)).isInstanceOf(FeedbackRuleViolation.class);
        assertThat(answer(1, null).rating()).isEqualTo(1);
        assertThat(answer(5, null).rating()).isEqualTo(5);
    }

    @Test
    void freeTextIsOptionalTrimmedAndLimited() {
        assertThat(answer(3, "   ").whatWorked()).isEmpty();
        assertThat(answer(3, "  the trainers  ").whatWorked()).contains("the trainers");
        assertThat(answer(3, "x".repeat(FeedbackAnswer.MAX_TEXT)).whatWorked()).isPresent();
        assertThatThrownBy(() -> new FeedbackAnswer(3, Optional.empty(),
                Optional.of("x".repeat(FeedbackAnswer.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(FeedbackRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("couldBeBetter"));
    }

    @Test
    void fewerThanThreeAnswersShowNothingButThatThereAreTooFew() {
        SurveyResults two = SurveyResults.of(List.of(answer(5, "secret detail"), answer(1, "other detail")));
        assertThat(two.shown()).isFalse();
        assertThat(two.whatWorked()).isEmpty();
        assertThat(two.distribution()).containsOnly(0);
        assertThat(two.averageRating()).isZero();
    }

    @Test
    void threeAnswersAreSummarised() {
        SurveyResults three = SurveyResults.of(List.of(answer(5, "the trainers"), answer(4, null), answer(4, "food")));
        assertThat(three.shown()).isTrue();
        assertThat(three.count()).isEqualTo(3);
        assertThat(three.distribution()).containsExactly(0, 0, 0, 2, 1);
        assertThat(three.averageRating()).isEqualTo(4.3);
        assertThat(three.whatWorked()).containsExactlyInAnyOrder("the trainers", "food");
        assertThat(three.couldBeBetter()).isEmpty();
    }

    @Test
    void theOrderOfFreeTextSaysNothingAboutTheOrderOfAnswers() {
        List<FeedbackAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(answer(3, "answer " + i));
        }
        List<String> inOrder = answers.stream().map(a -> a.whatWorked().orElseThrow()).toList();
        boolean everShuffled = false;
        for (int attempt = 0; attempt < 5 && !everShuffled; attempt++) {
            everShuffled = !SurveyResults.of(answers).whatWorked().equals(inOrder);
        }
        assertThat(everShuffled).isTrue();
    }

    @Test
    void aSurveyOpensWhenWhatItIsAboutHasEnded() {
        ZonedDateTime end = ZonedDateTime.of(2030, 5, 9, 11, 30, 0, 0, TimeSlot.CONFERENCE_ZONE);
        Survey survey = new Survey(UUID.randomUUID(), Optional.empty(), Optional.empty(), end);
        assertThat(survey.isOpenAt(end.toInstant().minusSeconds(1))).isFalse();
        assertThat(survey.isOpenAt(end.toInstant())).isTrue();
        assertThat(survey.isOpenAt(Instant.parse("2031-01-01T00:00:00Z"))).isTrue();
    }
}
