package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.ApplyForEditionCommand;
import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.in.CallDraft;
import org.defendersdays.conference.application.port.in.OpenCallCommand;
import org.defendersdays.conference.application.port.in.ReadSensitiveApplicationDetailsUseCase;
import org.defendersdays.conference.application.port.in.ReviseCallCommand;
import org.defendersdays.conference.application.port.in.StaleApplication;
import org.defendersdays.conference.application.port.in.StaleCall;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.conference.domain.application.CallPhase;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The applying and call use cases with in-memory ports: what they store, refuse and audit. */
class ApplyingServiceTest {

    private static final Instant OPENS = Instant.parse("2030-03-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2030-05-01T08:00:00Z");

    private final InMemoryEditions editions = new InMemoryEditions();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final InMemoryApplications applications = new InMemoryApplications();
    private final List<AuditEntry> audited = new ArrayList<>();
    /** The people whose workshop places were released because they withdrew. */
    private final List<PersonId> released = new ArrayList<>();
    /** The receipts sent: who, in which language, for which year, changeable until when. */
    private final List<String> receipts = new ArrayList<>();
    private final MovableClock clock = new MovableClock(OPENS.plusSeconds(3600));
    private final TopicCatalogue topics = new TopicCatalogue() {
        @Override
        public CatalogueTopic save(CatalogueTopic topic) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CatalogueTopic> find(Topic topic) {
            return findAll().stream().filter(each -> each.topic().equals(topic)).findFirst();
        }

        @Override
        public List<CatalogueTopic> findAll() {
            return List.of(new CatalogueTopic(Topic.DIGITAL_SECURITY, "Digital security", 0L));
        }

        @Override
        public void delete(CatalogueTopic topic) {
            throw new UnsupportedOperationException();
        }
    };
    private final CallService callService = new CallService(editions, calls, applications, audited::add, clock);
    private final ApplyingService applying = new ApplyingService(editions, calls, applications, topics, audited::add,
            (edition, person) -> released.add(person),
            (person, language, year, until) -> receipts.add(person + " " + language + " " + year + " " + until), clock);
    private final PersonId admin = PersonId.generate();
    private final PersonId applicant = PersonId.generate();
    private final CallQuestion why = CallQuestion.ask("Why?", true);

    @BeforeEach
    void anAnnouncedEditionWithAnOpenCall() {
        Edition edition = Edition.draft(EditionId.generate(), 2030, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        edition.announce();
        editions.save(edition);
        callService.open(admin, new OpenCallCommand(2030, new CallDraft(new CallTerms(OPENS, CLOSES, 50, 14, false,
                Optional.empty()), List.of(why), List.of(), List.of(ReviewCriterion.define("Impact", Optional.empty(),
                5, 2)))));
    }

    private static ApplicationContent content(Map<UUID, String> answers, String risk) {
        return new ApplicationContent(List.of(Topic.DIGITAL_SECURITY), Optional.of("KE"),
                Optional.of(RegionOfWork.AFRICA), List.of("en"), Optional.of("Learn"), Optional.empty(),
                Optional.of(Gender.MAN), Optional.empty(), Optional.ofNullable(risk), true, false, false,
                Optional.of("Ramp"), Optional.empty(), true, Optional.of(PhotoPreference.YELLOW), true, "fr", answers);
    }

    private ApplyForEditionCommand command(Optional<Long> version, ApplicationContent content) {
        return new ApplyForEditionCommand(applicant, 2030, version, content);
    }

    @Test
    void anApplicantSavesADraftComesBackAndSubmits() {
        Application draft = applying.save(command(Optional.empty(), content(Map.of(), "Threatened.")));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        var own = applying.ownApplication(applicant, 2030);
        assertThat(own.phase()).isEqualTo(CallPhase.OPEN);
        assertThat(own.application()).map(Application::id).contains(draft.id());
        assertThat(own.application().orElseThrow().content().riskSituation()).contains("Threatened.");
        assertThat(audited).extracting(AuditEntry::action).containsExactly("conference.call.opened");

        Application submitted = applying.submit(command(Optional.of(draft.version()),
                content(Map.of(why.id(), "Because."), "Threatened.")));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applying.ownApplication(PersonId.generate(), 2030).application()).isEmpty();
        assertThat(receipts).containsExactly(applicant + " " + submitted.content().messageLanguage() + " 2030 " + CLOSES);

        applying.submit(command(Optional.of(submitted.version()), content(Map.of(why.id(), "Because, still."),
                "Threatened.")));
        assertThat(receipts).as("a receipt once, when the application arrives").hasSize(1);
    }

    @Test
    void aChangeFromAnOldCopyIsRefusedAndNothingIsStored() {
        Application draft = applying.save(command(Optional.empty(), content(Map.of(), "First.")));
        applying.save(command(Optional.of(draft.version()), content(Map.of(), "Second.")));
        assertThatThrownBy(() -> applying.save(command(Optional.of(draft.version()), content(Map.of(), "Stale."))))
                .isInstanceOf(StaleApplication.class);
        assertThatThrownBy(() -> applying.save(command(Optional.empty(), content(Map.of(), "Second tab."))))
                .isInstanceOf(StaleApplication.class);
        assertThat(applying.ownApplication(applicant, 2030).application().orElseThrow().content().riskSituation())
                .contains("Second.");
    }

    @Test
    void afterTheCallClosesChangesAreRefusedAndTheStoredDraftIsKeptButWithdrawingWorks() {
        Application draft = applying.save(command(Optional.empty(), content(Map.of(), "Kept.")));
        clock.now = CLOSES;
        assertThatThrownBy(() -> applying.submit(command(Optional.of(draft.version()),
                content(Map.of(why.id(), "Late"), "Lost?")))).hasMessage("application.call.closed");
        var own = applying.ownApplication(applicant, 2030);
        assertThat(own.phase()).isEqualTo(CallPhase.CLOSED);
        assertThat(own.changeable()).isFalse();
        assertThat(own.application().orElseThrow().content().riskSituation()).contains("Kept.");
        assertThat(own.application().orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

        assertThat(applying.withdraw(applicant, 2030)).isTrue();
        Application withdrawn = applying.ownApplication(applicant, 2030).application().orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.content().riskSituation()).isEmpty();
        assertThat(released).as("a withdrawn applicant keeps no workshop seat").containsExactly(applicant);
        assertThat(applying.withdraw(applicant, 2030)).isFalse();
        assertThat(released).hasSize(1);
    }

    @Test
    void focusAreasMustComeFromTheCatalogue() {
        ApplicationContent unknownTopic = new ApplicationContent(List.of(new Topic("astrology")), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, false, Optional.empty(), Optional.empty(), false, Optional.empty(),
                false, "en", Map.of());
        assertThatThrownBy(() -> applying.save(command(Optional.empty(), unknownTopic)))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("focusAreas"));
        assertThat(applications.stored).isEmpty();
    }

    @Test
    void anAdminsReadOfTheSealedFieldsIsAudited() {
        Application draft = applying.save(command(Optional.empty(), content(Map.of(), "Threatened.")));
        audited.clear();
        var details = applying.sensitiveDetails(admin, draft.id());
        assertThat(details.riskSituation()).contains("Threatened.");
        assertThat(details.accessibilityNeeds()).contains("Ramp");
        assertThat(details.year()).isEqualTo(2030);
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ReadSensitiveApplicationDetailsUseCase.AUDIT_ACTION);
            assertThat(entry.actor()).contains(admin);
            assertThat(entry.targetType()).isEqualTo("application");
            assertThat(entry.targetId()).contains(draft.id().toString());
        });
    }

    @Test
    void aCallIsOpenedOncePerEditionAndRevisedOnlyFromItsCurrentVersion() {
        CallDraft again = new CallDraft(new CallTerms(OPENS, CLOSES, 10, 14, false, Optional.empty()), List.of(),
                List.of(), List.of());
        assertThatThrownBy(() -> callService.open(admin, new OpenCallCommand(2030, again)))
                .isInstanceOf(CallAlreadyOpen.class);
        assertThatThrownBy(() -> callService.open(admin, new OpenCallCommand(2031, again)))
                .isInstanceOf(UnknownEdition.class);
        CallForApplications call = callService.editionCall(2030).call().orElseThrow();
        UUID someoneElses = UUID.randomUUID();
        callService.revise(admin, new ReviseCallCommand(2030, call.version(), new CallDraft(call.terms(),
                List.of(new CallQuestion(why.id(), "Why, really?", true), new CallQuestion(someoneElses, "New?", false)),
                List.of(), call.criteria())));
        CallForApplications revised = callService.editionCall(2030).call().orElseThrow();
        assertThat(revised.questions()).extracting(CallQuestion::prompt).containsExactly("Why, really?", "New?");
        assertThat(revised.questions().get(0).id()).isEqualTo(why.id());
        assertThat(revised.questions().get(1).id()).as("an id the call did not have is a new question")
                .isNotEqualTo(someoneElses);
        assertThatThrownBy(() -> callService.revise(admin, new ReviseCallCommand(2030, call.version(), again)))
                .isInstanceOf(StaleCall.class);
        assertThat(audited).extracting(AuditEntry::action).containsExactly("conference.call.opened",
                "conference.call.revised");
        assertThat(callService.callPhase(2030)).contains(CallPhase.OPEN);
        assertThat(callService.callPhase(2031)).isEmpty();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class InMemoryCalls implements Calls {
        final Map<CallId, CallForApplications> stored = new HashMap<>();

        @Override
        public CallForApplications save(CallForApplications call) {
            CallForApplications current = stored.get(call.id());
            if (current != null && !current.version().equals(call.version())) {
                throw new OptimisticLockingFailureException("stale");
            }
            CallForApplications saved = CallForApplications.rehydrate(call.id(), call.edition(), call.terms(),
                    call.questions(), call.quotas(), call.criteria(), call.version() == null ? 0 : call.version() + 1);
            stored.put(call.id(), saved);
            return saved;
        }

        @Override
        public Optional<CallForApplications> findByEdition(EditionId edition) {
            return stored.values().stream().filter(call -> call.edition().equals(edition)).findFirst()
                    .map(call -> CallForApplications.rehydrate(call.id(), call.edition(), call.terms(),
                            call.questions(), call.quotas(), call.criteria(), call.version()));
        }

        @Override
        public Optional<CallForApplications> findById(CallId id) {
            return Optional.ofNullable(stored.get(id));
        }
    }

    private static final class InMemoryApplications implements Applications {
        final Map<ApplicationId, Application> stored = new HashMap<>();

        @Override
        public Application save(Application application) {
            Application current = stored.get(application.id());
            if (current != null && !current.version().equals(application.version())) {
                throw new OptimisticLockingFailureException("stale");
            }
            Application saved = copy(application, application.version() == null ? 0 : application.version() + 1);
            stored.put(application.id(), saved);
            return saved;
        }

        private static Application copy(Application application, Long version) {
            return Application.rehydrate(application.id(), application.call(), application.edition(),
                    application.applicant(), application.status(), application.content(), application.createdAt(),
                    application.submittedAt(), application.withdrawnAt(), application.consentsRecordedAt(), version);
        }

        @Override
        public Optional<Application> findByApplicant(CallId call, PersonId applicant) {
            return stored.values().stream()
                    .filter(application -> application.call().equals(call) && application.applicant().equals(applicant))
                    .findFirst().map(application -> copy(application, application.version()));
        }

        @Override
        public Optional<Application> findById(ApplicationId id) {
            return Optional.ofNullable(stored.get(id)).map(application -> copy(application, application.version()));
        }

        @Override
        public Map<ApplicationStatus, Long> countByStatus(CallId call) {
            return stored.values().stream().filter(application -> application.call().equals(call))
                    .collect(java.util.stream.Collectors.groupingBy(Application::status, java.util.stream.Collectors.counting()));
        }
    }
}
