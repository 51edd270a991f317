package org.defendersdays.conference.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private final CallQuestion why = CallQuestion.ask("Why do you want to come?", true);
    private final CallForApplications call = Calls.call(why);
    private final PersonId applicant = PersonId.generate();

    static ApplicationContent complete(Map<UUID, String> answers) {
        return new ApplicationContent(List.of(Topic.DIGITAL_SECURITY), Optional.of("ke"),
                Optional.of(RegionOfWork.AFRICA), List.of("en", "SW"), Optional.of("Secure phones"),
                Optional.of("Community radio"), Optional.of(Gender.WOMAN), Optional.of(false),
                Optional.of("I was followed last year."), true, false, true, Optional.of("Step-free rooms"),
                Optional.of("fr"), true, Optional.of(PhotoPreference.RED), false, "es", answers);
    }

    private Application draft() {
        return Application.start(ApplicationId.generate(), call, applicant, "en", Calls.DURING);
    }

    @Test
    void aDraftMayBeIncompleteAndIsStoredAsTyped() {
        Application application = draft();
        ApplicationContent partial = new ApplicationContent(List.of(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of("Line one\r\n\r\nLine two"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, false, Optional.empty(), Optional.empty(), false, Optional.empty(),
                false, "ar", Map.of());
        application.save(partial, call, Calls.DURING);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.content().hopesToLearn()).contains("Line one\n\nLine two");
        assertThat(application.content().messageLanguage()).isEqualTo("ar");
        assertThat(application.submittedAt()).isEmpty();
    }

    @Test
    void submittingNeedsConsentCountryRegionPhotoPreferenceAndRequiredAnswers() {
        Application application = draft();
        ApplicationContent empty = ApplicationContent.empty("en");
        assertThatThrownBy(() -> application.submit(empty, call, Calls.DURING))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class, violation -> assertThat(violation.byField())
                        .containsOnlyKeys("country", "region", "consentDataUse", "photoPreference", "answer." + why.id()));
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);

        application.submit(complete(Map.of(why.id(), "To learn.")), call, Calls.DURING);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.submittedAt()).contains(Calls.DURING);
        assertThat(application.consentsRecordedAt()).contains(Calls.DURING);
        assertThat(application.content().country()).contains("KE");
        assertThat(application.content().languages()).containsExactly("en", "sw");
    }

    @Test
    void aSubmittedApplicationCanBeChangedUntilTheCallClosesButMustStayComplete() {
        Application application = draft();
        application.submit(complete(Map.of(why.id(), "To learn.")), call, Calls.DURING);
        application.save(complete(Map.of(why.id(), "To learn and to share.")), call, Calls.DURING.plusSeconds(60));
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.submittedAt()).contains(Calls.DURING);
        assertThat(application.content().answers()).containsValue("To learn and to share.");
        assertThatThrownBy(() -> application.save(complete(Map.of()), call, Calls.DURING))
                .hasMessage("application.answer.required");
        assertThatThrownBy(() -> application.save(complete(Map.of(why.id(), "Late.")), call, Calls.CLOSES))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("form");
                    assertThat(violation.messageKey()).isEqualTo("application.call.closed");
                });
        assertThat(application.content().answers()).containsValue("To learn and to share.");
    }

    @Test
    void nobodyAppliesBeforeTheCallOpens() {
        assertThatThrownBy(() -> Application.start(ApplicationId.generate(), call, applicant, "en",
                Calls.OPENS.minusSeconds(1))).hasMessage("application.call.notYetOpen");
    }

    @Test
    void withdrawingAtAnyTimeErasesWhatThePersonToldUsButKeepsTheApplication() {
        Application application = draft();
        application.submit(complete(Map.of(why.id(), "To learn.")), call, Calls.DURING);
        assertThat(application.withdraw(Calls.CLOSES.plusSeconds(3600))).isTrue();
        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.content()).isEqualTo(ApplicationContent.empty("es"));
        assertThat(application.content().riskSituation()).isEmpty();
        assertThat(application.content().accessibilityNeeds()).isEmpty();
        assertThat(application.consentsRecordedAt()).isEmpty();
        assertThat(application.withdrawnAt()).contains(Calls.CLOSES.plusSeconds(3600));
        assertThat(application.withdraw(Calls.CLOSES.plusSeconds(7200))).isFalse();
        assertThatThrownBy(() -> application.save(complete(Map.of()), call, Calls.DURING))
                .hasMessage("application.withdrawn.final");
    }

    @Test
    void genderIsKeptOnlyWhenTheCallAsksAndAnswersOnlyToTheCallsQuestions() {
        Application application = draft();
        UUID stranger = UUID.randomUUID();
        application.save(complete(Map.of(why.id(), "Yes.", stranger, "Not a question here.")), call, Calls.DURING);
        assertThat(application.content().gender()).isEmpty();
        assertThat(application.content().answers()).containsOnlyKeys(why.id());

        CallForApplications asking = CallForApplications.open(CallId.generate(), call.edition(), Calls.terms(true),
                List.of(), List.of(), List.of());
        Application other = Application.start(ApplicationId.generate(), asking, applicant, "en", Calls.DURING);
        other.save(complete(Map.of()), asking, Calls.DURING);
        assertThat(other.content().gender()).contains(Gender.WOMAN);
    }

    @Test
    void everyFieldIsCheckedAndAllBrokenRulesAreReportedTogether() {
        assertThatThrownBy(() -> new ApplicationContent(List.of(), Optional.of("XX"), Optional.empty(),
                List.of("klingon"), Optional.of("l".repeat(ApplicationContent.HOPES_MAX + 1)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("r".repeat(ApplicationContent.RISK_MAX + 1)), false,
                false, false, Optional.of("a\u0000b"), Optional.of("zz"), false, Optional.empty(), false, "de",
                Map.of(why.id(), "x".repeat(ApplicationContent.ANSWER_MAX + 1))))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class, violation -> assertThat(violation.byField())
                        .containsEntry("country", "application.country.unknown")
                        .containsEntry("languages", "application.languages.unknown")
                        .containsEntry("hopesToLearn", "application.text.tooLong")
                        .containsEntry("riskSituation", "application.text.tooLong")
                        .containsEntry("accessibilityNeeds", "application.text.invalid")
                        .containsEntry("interpretationInto", "application.languages.unknown")
                        .containsEntry("messageLanguage", "application.messageLanguage.unknown")
                        .containsEntry("answer." + why.id(), "application.text.tooLong"));
    }
}
