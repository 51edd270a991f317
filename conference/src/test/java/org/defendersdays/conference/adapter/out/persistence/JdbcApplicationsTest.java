package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls and applications against the real PostgreSQL: round trips, stale versions, and the sealed
 * columns holding ciphertext only (read as raw bytes).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcApplicationsTest {

    private static final Instant OPENS = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
    private static final Instant CLOSES = OPENS.plus(30, ChronoUnit.DAYS);
    private static final String RISK = "Police visited my office twice; my phone is tapped.";
    private static final String ACCESS = "I use a wheelchair and need step-free rooms.";

    @Autowired
    Editions editions;

    @Autowired
    Calls calls;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    private EditionId edition(int year) {
        return editions.save(Edition.draft(EditionId.generate(), year, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))).id();
    }

    private static ApplicationContent content(Map<UUID, String> answers) {
        return new ApplicationContent(List.of(Topic.DIGITAL_SECURITY, Topic.INNOVATION), Optional.of("CO"),
                Optional.of(RegionOfWork.AMERICAS), List.of("es", "en"), Optional.of("Digital care"),
                Optional.of("Land defence"), Optional.of(Gender.NON_BINARY), Optional.of(true), Optional.of(RISK), true,
                true, false, Optional.of(ACCESS), Optional.of("fr"), true, Optional.of(PhotoPreference.YELLOW), true,
                "es", answers);
    }

    @Test
    void aCallIsReadBackAndItsQuestionsKeepTheirIdsAndAnswersWhenRevised() {
        CallQuestion why = CallQuestion.ask("Why do you want to come?", true);
        CallQuestion how = CallQuestion.ask("How will you share what you learn?", false);
        ReviewCriterion impact = ReviewCriterion.define("Impact", Optional.of("Reach of the work"), 5, 2);
        CallForApplications call = calls.save(CallForApplications.open(CallId.generate(), edition(2030),
                new CallTerms(OPENS, CLOSES, 120, 10, true, Optional.of("Welcome,\n\nread this.")), List.of(why, how),
                List.of(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 30),
                        new RegionQuota(RegionOfWork.EUROPE_CENTRAL_ASIA, QuotaKind.QUOTA, 20)),
                List.of(impact)));
        CallForApplications found = calls.findById(call.id()).orElseThrow();
        assertThat(found.version()).isZero();
        assertThat(found.terms()).isEqualTo(call.terms());
        assertThat(found.questions()).containsExactly(why, how);
        assertThat(found.quotas()).containsExactly(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 30),
                new RegionQuota(RegionOfWork.EUROPE_CENTRAL_ASIA, QuotaKind.QUOTA, 20));
        assertThat(found.criteria()).containsExactly(impact);
        assertThat(calls.findByEdition(found.edition())).map(CallForApplications::id).contains(call.id());

        Application application = Application.start(ApplicationId.generate(), found, PersonId.generate(), "es",
                Instant.now());
        application.save(content(Map.of(why.id(), "To learn.", how.id(), "Workshops at home.")), found, Instant.now());
        applications.save(application);

        CallQuestion whyNow = new CallQuestion(why.id(), "Why now?", true);
        CallQuestion added = CallQuestion.ask("Anything else?", false);
        found.revise(found.terms(), List.of(added, whyNow), List.of(), List.of(impact));
        CallForApplications revised = calls.save(found);
        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.questions()).containsExactly(added, whyNow);
        assertThat(revised.quotas()).isEmpty();
        assertThat(applications.findById(application.id()).orElseThrow().content().answers())
                .as("the kept question keeps its answer; the removed one takes its own along")
                .containsExactly(Map.entry(why.id(), "To learn."));

        found.revise(found.terms(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> calls.save(found)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> calls.save(CallForApplications.open(CallId.generate(), revised.edition(),
                revised.terms(), List.of(), List.of(), List.of()))).isInstanceOf(CallAlreadyOpen.class);
    }

    @Test
    void anApplicationIsReadBackWithItsSealedFieldsWhichTheDatabaseHoldsOnlyAsCiphertext() {
        CallQuestion why = CallQuestion.ask("Why?", true);
        CallForApplications call = calls.save(CallForApplications.open(CallId.generate(), edition(2031),
                new CallTerms(OPENS, CLOSES, 50, 14, true, Optional.empty()), List.of(why), List.of(), List.of()));
        PersonId applicant = PersonId.generate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Application application = Application.start(ApplicationId.generate(), call, applicant, "es", now);
        application.submit(content(Map.of(why.id(), "Porque sí.")), call, now);
        Application stored = applications.save(application);

        Application found = applications.findByApplicant(call.id(), applicant).orElseThrow();
        assertThat(found.version()).isEqualTo(stored.version()).isZero();
        assertThat(found.content()).isEqualTo(application.content());
        assertThat(found.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(found.submittedAt()).contains(now);
        assertThat(found.consentsRecordedAt()).contains(now);
        assertThat(found.createdAt()).isEqualTo(now);

        Map<String, Object> raw = jdbc.sql("""
                SELECT risk_situation_sealed, accessibility_sealed FROM conference.application WHERE id = :id""")
                .param("id", application.id().value()).query().singleRow();
        byte[] risk = (byte[]) raw.get("risk_situation_sealed");
        byte[] access = (byte[]) raw.get("accessibility_sealed");
        assertThat(risk).isNotEmpty();
        assertThat(new String(risk, StandardCharsets.ISO_8859_1)).doesNotContain("Police", "tapped");
        assertThat(new String(risk, StandardCharsets.UTF_8)).doesNotContain("Police", "tapped");
        assertThat(new String(access, StandardCharsets.UTF_8)).doesNotContain("wheelchair");

        Application otherApplication = Application.start(ApplicationId.generate(), call, PersonId.generate(), "en",
                now);
        applications.save(otherApplication);
        jdbc.sql("UPDATE conference.application SET risk_situation_sealed = :sealed WHERE id = :id")
                .param("sealed", risk).param("id", otherApplication.id().value()).update();
        assertThatThrownBy(() -> applications.findById(otherApplication.id()))
                .as("a sealed value copied into another row does not open there")
                .hasRootCauseInstanceOf(java.security.GeneralSecurityException.class);
        jdbc.sql("UPDATE conference.application SET risk_situation_sealed = NULL WHERE id = :id")
                .param("id", otherApplication.id().value()).update();

        assertThatThrownBy(() -> applications.save(Application.start(ApplicationId.generate(), call, applicant, "en",
                now))).as("one application per person and call").isInstanceOf(OptimisticLockingFailureException.class);

        found.withdraw(now);
        applications.save(found);
        assertThatThrownBy(() -> applications.save(found)).isInstanceOf(OptimisticLockingFailureException.class);
        Map<String, Object> erased = jdbc.sql("""
                SELECT status, risk_situation_sealed, accessibility_sealed, hopes_to_learn, country,
                       (SELECT count(*) FROM conference.application_answer WHERE application_id = a.id) AS answers
                  FROM conference.application a WHERE id = :id""")
                .param("id", application.id().value()).query().singleRow();
        assertThat(erased).containsEntry("status", "WITHDRAWN").containsEntry("risk_situation_sealed", null)
                .containsEntry("accessibility_sealed", null).containsEntry("hopes_to_learn", null)
                .containsEntry("country", null).containsEntry("answers", 0L);
    }
}
