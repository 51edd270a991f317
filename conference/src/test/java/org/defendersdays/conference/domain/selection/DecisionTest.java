package org.defendersdays.conference.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Instant NOW = Instant.parse("2061-03-01T10:00:00Z");
    private final PersonId admin = PersonId.generate();
    private final UUID application = UUID.randomUUID();

    @Test
    void anAcceptedApplicationIsOfferedAPlaceUntilTheConfirmationDeadline() {
        Decision offered = Decision.accept(application, admin, NOW, 14, 0);

        assertThat(offered.place()).contains(PlaceStatus.OFFERED);
        assertThat(offered.confirmBy()).contains(NOW.plus(Duration.ofDays(14)));
        assertThat(offered.holdsPlace()).isTrue();
        assertThat(offered.confirm(NOW.plus(Duration.ofDays(13))).place()).contains(PlaceStatus.CONFIRMED);
    }

    @Test
    void anOfferCannotBeAnsweredOnceItsDeadlinePassed() {
        Decision offered = Decision.accept(application, admin, NOW, 14, 0);
        Instant late = NOW.plus(Duration.ofDays(14));

        assertThat(offered.isOverdue(late)).isTrue();
        assertThatThrownBy(() -> offered.confirm(late)).isInstanceOf(SelectionRuleViolation.class)
                .hasMessage("selection.place.error.expired");
        assertThatThrownBy(() -> offered.declinePlace(late)).isInstanceOf(SelectionRuleViolation.class);
        Decision expired = offered.expire(late);
        assertThat(expired.place()).contains(PlaceStatus.EXPIRED);
        assertThat(expired.holdsPlace()).isFalse();
    }

    @Test
    void onlyAnOfferedPlaceIsConfirmedAndAConfirmedOneCanBeGivenBack() {
        Decision waiting = Decision.waitlist(application, 1, admin, NOW, 0);
        assertThatThrownBy(() -> waiting.confirm(NOW)).isInstanceOf(SelectionRuleViolation.class)
                .hasMessage("selection.place.error.notOffered");
        Decision confirmed = Decision.accept(application, admin, NOW, 3, 0).confirm(NOW);
        assertThatThrownBy(() -> confirmed.confirm(NOW)).isInstanceOf(SelectionRuleViolation.class);
        assertThat(confirmed.declinePlace(NOW.plus(Duration.ofDays(30))).place()).contains(PlaceStatus.DECLINED);
    }

    @Test
    void promotionOffersAPlaceWithAFreshDeadline() {
        Decision promoted = Decision.waitlist(application, 1, admin, NOW, 4).promote(NOW.plusSeconds(60), 7);

        assertThat(promoted.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(promoted.waitlistRank()).isEmpty();
        assertThat(promoted.confirmBy()).contains(NOW.plusSeconds(60).plus(Duration.ofDays(7)));
        assertThat(promoted.version()).isEqualTo(4);
        assertThatThrownBy(() -> Decision.decline(application, admin, NOW, 0).promote(NOW, 7))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWaitlistPromotesInRankOrderSkippingWhoeverCannotTakeAPlace() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        Waitlist waitlist = new Waitlist(List.of(first, second, third));

        assertThat(waitlist.next(any -> true)).contains(first);
        assertThat(waitlist.next(id -> !id.equals(first))).contains(second);
        assertThat(waitlist.without(first).ranked()).containsExactly(second, third);
        assertThat(waitlist.without(second).rankOf(third)).isEqualTo(2);
        assertThat(waitlist.nextRank()).isEqualTo(4);
    }

    @Test
    void aWaitlistedApplicationMovesUpOrDownOneRankAndStaysAtTheEnds() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Waitlist waitlist = new Waitlist(List.of(first, second));

        assertThat(waitlist.moved(second, true).ranked()).containsExactly(second, first);
        assertThat(waitlist.moved(first, false).ranked()).containsExactly(second, first);
        assertThat(waitlist.moved(first, true).ranked()).containsExactly(first, second);
        assertThatThrownBy(() -> waitlist.moved(UUID.randomUUID(), true)).isInstanceOf(SelectionRuleViolation.class);
    }

    @Test
    void placesAndHardQuotasBoundAcceptingTargetsDoNot() {
        Capacity capacity = new Capacity(3, List.of(new Quota("AFRICA", Quota.Kind.QUOTA, 1),
                new Quota("AMERICAS", Quota.Kind.TARGET, 1)), 2, Map.of("AFRICA", 1, "AMERICAS", 1));

        assertThatThrownBy(() -> capacity.requireRoomFor("AFRICA")).isInstanceOf(SelectionRuleViolation.class)
                .hasMessage("selection.decision.error.quota");
        capacity.requireRoomFor("AMERICAS");
        Capacity full = capacity.plusOne("ASIA_PACIFIC");
        assertThatThrownBy(() -> full.requireRoomFor("EUROPE_CENTRAL_ASIA")).isInstanceOf(SelectionRuleViolation.class)
                .hasMessage("selection.decision.error.full");
        assertThat(full.hasFreePlace()).isFalse();
    }

    @Test
    void aScoreSheetNeedsEveryCriterionWithinItsRangeAndWeighsTheTotal() {
        Criterion clarity = new Criterion(UUID.randomUUID(), 1, "Clarity", null, 5, 2);
        Criterion impact = new Criterion(UUID.randomUUID(), 2, "Impact", null, 10, 1);
        List<Criterion> criteria = List.of(clarity, impact);

        ScoreSheet sheet = ScoreSheet.of(criteria, Map.of(clarity.id(), 4, impact.id(), 7));
        assertThat(sheet.weightedTotal()).isEqualTo(15);
        assertThat(sheet.weightedMaximum()).isEqualTo(20);
        assertThatThrownBy(() -> ScoreSheet.of(criteria, Map.of(clarity.id(), 6, impact.id(), 1)))
                .isInstanceOf(SelectionRuleViolation.class).hasMessage("selection.review.error.range")
                .extracting(e -> ((SelectionRuleViolation) e).field()).isEqualTo("score-" + clarity.id());
        assertThatThrownBy(() -> ScoreSheet.of(criteria, Map.of(clarity.id(), -1, impact.id(), 1)))
                .isInstanceOf(SelectionRuleViolation.class);
        assertThatThrownBy(() -> ScoreSheet.of(criteria, Map.of(clarity.id(), 1)))
                .isInstanceOf(SelectionRuleViolation.class).hasMessage("selection.review.error.missing");
        assertThatThrownBy(() -> ScoreSheet.of(criteria, Map.of(clarity.id(), 1, impact.id(), 1,
                UUID.randomUUID(), 1))).isInstanceOf(SelectionRuleViolation.class);
    }

    @Test
    void reviewersTotalsGiveAMeanASpreadAndACount() {
        ScoreSummary summary = new ScoreSummary(List.of(12, 18, 15));

        assertThat(summary.mean()).hasValue(15.0);
        assertThat(summary.spread()).isEqualTo(6);
        assertThat(summary.reviews()).isEqualTo(3);
        assertThat(new ScoreSummary(List.of()).mean()).isEmpty();
    }
}
