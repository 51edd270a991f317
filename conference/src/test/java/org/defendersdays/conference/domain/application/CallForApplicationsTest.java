package org.defendersdays.conference.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.junit.jupiter.api.Test;

class CallForApplicationsTest {

    @Test
    void aCallIsOpenFromItsOpeningUntilJustBeforeItsClosing() {
        CallForApplications call = Calls.call();
        assertThat(call.phaseAt(Calls.OPENS.minusSeconds(1))).isEqualTo(CallPhase.NOT_YET_OPEN);
        assertThat(call.phaseAt(Calls.OPENS)).isEqualTo(CallPhase.OPEN);
        assertThat(call.isOpenAt(Calls.CLOSES.minusSeconds(1))).isTrue();
        assertThat(call.phaseAt(Calls.CLOSES)).isEqualTo(CallPhase.CLOSED);
    }

    @Test
    void termsRefuseACallThatClosesBeforeItOpensAndPlacesOutOfRange() {
        assertThatThrownBy(() -> new CallTerms(Calls.CLOSES, Calls.OPENS, 10, 14, false, Optional.empty()))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("closesAt");
                    assertThat(violation.messageKey()).isEqualTo("application.call.closesAt.beforeOpening");
                });
        assertThatThrownBy(() -> new CallTerms(Calls.OPENS, Calls.CLOSES, 0, 14, false, Optional.empty()))
                .hasMessage("application.call.places.outOfRange");
        assertThatThrownBy(() -> new CallTerms(Calls.OPENS, Calls.CLOSES, 10, 91, false, Optional.empty()))
                .hasMessage("application.call.confirmationDays.outOfRange");
        assertThatThrownBy(() -> new CallTerms(Calls.OPENS, Calls.CLOSES, 10, 14, false,
                Optional.of("i".repeat(CallTerms.INTRODUCTION_MAX + 1)))).hasMessage("application.text.tooLong");
    }

    @Test
    void targetsMayNotPromiseMorePlacesThanTheCallHasButQuotasMayOverlap() {
        CallTerms tenPlaces = new CallTerms(Calls.OPENS, Calls.CLOSES, 10, 14, false, Optional.empty());
        assertThatThrownBy(() -> CallForApplications.open(CallId.generate(), EditionId.generate(), tenPlaces, List.of(),
                List.of(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 6),
                        new RegionQuota(RegionOfWork.AMERICAS, QuotaKind.TARGET, 5)), List.of()))
                .hasMessage("application.call.quota.targetsExceedPlaces");
        CallForApplications call = CallForApplications.open(CallId.generate(), EditionId.generate(), tenPlaces,
                List.of(), List.of(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.QUOTA, 8),
                        new RegionQuota(RegionOfWork.AMERICAS, QuotaKind.QUOTA, 8)), List.of());
        assertThat(call.quota(RegionOfWork.AFRICA)).contains(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.QUOTA, 8));
        assertThat(call.quota(RegionOfWork.ASIA_PACIFIC)).isEmpty();
        assertThatThrownBy(() -> call.revise(tenPlaces, List.of(),
                List.of(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.QUOTA, 11)), List.of()))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("quota.AFRICA"));
        assertThatThrownBy(() -> call.revise(tenPlaces, List.of(), List.of(
                new RegionQuota(RegionOfWork.AFRICA, QuotaKind.QUOTA, 1),
                new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 1)), List.of()))
                .hasMessage("application.call.quota.duplicate");
    }

    @Test
    void questionsAndCriteriaAreCheckedAndKeepTheirIds() {
        CallQuestion why = CallQuestion.ask("  Why do you   want to come? ", true);
        assertThat(why.prompt()).isEqualTo("Why do you want to come?");
        assertThatThrownBy(() -> CallQuestion.ask(" ", false)).hasMessage("application.text.required");
        assertThatThrownBy(() -> CallQuestion.ask("q".repeat(501), false)).hasMessage("application.text.tooLong");
        assertThatThrownBy(() -> ReviewCriterion.define("Impact", Optional.empty(), 11, 1))
                .hasMessage("application.call.criterion.maxScore");
        assertThatThrownBy(() -> ReviewCriterion.define("Impact", Optional.empty(), 5, 0))
                .hasMessage("application.call.criterion.weight");
        CallForApplications call = Calls.call(why);
        CallQuestion corrected = new CallQuestion(why.id(), "Why now?", false);
        call.revise(call.terms(), List.of(corrected), List.of(), List.of());
        assertThat(call.question(why.id())).contains(corrected);
        assertThatThrownBy(() -> call.revise(call.terms(), List.of(corrected, corrected), List.of(), List.of()))
                .hasMessage("application.call.duplicate");
    }
}
