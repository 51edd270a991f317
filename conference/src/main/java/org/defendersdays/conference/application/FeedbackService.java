package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.GiveFeedbackCommand;
import org.defendersdays.conference.application.port.in.GiveFeedbackUseCase;
import org.defendersdays.conference.application.port.in.SeeFeedbackResultsUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownSurvey;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.FeedbackAnswers;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.conference.domain.feedback.FeedbackRuleViolation;
import org.defendersdays.conference.domain.feedback.Survey;
import org.defendersdays.conference.domain.feedback.SurveyResults;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback surveys after the conference: one for the whole edition and one per session of its
 * published programme. Answers are anonymous (see {@link FeedbackAnswers}); results reach admins
 * only for groups of at least {@link SurveyResults#MINIMUM_GROUP} answers.
 */
@Transactional
public class FeedbackService implements GiveFeedbackUseCase, SeeFeedbackResultsUseCase {

    /** When what has no known end is over: never, so its survey does not open. */
    private static final ZonedDateTime NEVER = ZonedDateTime.of(LocalDateTime.of(9999, 12, 31, 0, 0),
            TimeSlot.CONFERENCE_ZONE);

    private final Editions editions;
    private final ProgrammeSessions sessions;
    private final ConfirmedParticipants participants;
    private final FeedbackAnswers answers;
    private final AuditTrail audit;
    private final Clock clock;

    public FeedbackService(Editions editions, ProgrammeSessions sessions, ConfirmedParticipants participants,
            FeedbackAnswers answers, AuditTrail audit, Clock clock) {
        this.editions = Objects.requireNonNull(editions, "editions");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyForParticipant> surveysFor(int year, PersonId person) {
        Edition edition = publishedEdition(year);
        requireParticipant(edition, person);
        Set<UUID> answered = answers.answeredBy(edition.id(), person);
        return surveys(edition).stream()
                .map(survey -> new SurveyForParticipant(survey, isOpen(edition, survey),
                        answered.contains(survey.id())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyForParticipant survey(int year, UUID survey, PersonId person) {
        return surveysFor(year, person).stream().filter(candidate -> candidate.survey().id().equals(survey))
                .findFirst().orElseThrow(UnknownSurvey::new);
    }

    @Override
    public void answer(GiveFeedbackCommand command) {
        Edition edition = publishedEdition(command.year());
        Survey survey = surveys(edition).stream().filter(candidate -> candidate.id().equals(command.survey()))
                .findFirst().orElseThrow(UnknownSurvey::new);
        requireParticipant(edition, command.person());
        if (!isOpen(edition, survey)) {
            throw new FeedbackRuleViolation("form", "feedback.error.notEnded");
        }
        // Only the day: a finer moment could be matched with who was signed in at that moment.
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeSlot.CONFERENCE_ZONE);
        if (!answers.recordOnce(edition.id(), survey.id(), command.person(), command.answer(), today)) {
            throw new FeedbackRuleViolation("form", "feedback.error.alreadyAnswered");
        }
    }

    /** Not read-only: the audit entry is written in this transaction. */
    @Override
    public List<SurveyReport> resultsOf(int year, PersonId admin) {
        Edition edition = editions.findByYear(year).orElseThrow(UnknownEdition::new);
        Map<UUID, List<FeedbackAnswer>> given = answers.answersTo(edition.id());
        List<SurveyReport> reports = new ArrayList<>();
        for (Survey survey : surveys(edition)) {
            reports.add(new SurveyReport(survey, SurveyResults.of(given.getOrDefault(survey.id(), List.of()))));
        }
        // Opening sealed free text is a read of sensitive data: it is written down, with codes only.
        audit.record(AuditEntry.success(admin, "conference.feedback.read", "edition", edition.id().value().toString()));
        return reports;
    }

    private Edition publishedEdition(int year) {
        return editions.findByYear(year).filter(edition -> edition.status().showsAgenda())
                .orElseThrow(UnknownEdition::new);
    }

    /** Open once what it asks about has ended; everything of an archived edition has (it is over). */
    private boolean isOpen(Edition edition, Survey survey) {
        return edition.status() == EditionStatus.ARCHIVED || survey.isOpenAt(clock.instant());
    }

    private void requireParticipant(Edition edition, PersonId person) {
        if (participants.find(edition.id(), person).isEmpty()) {
            throw new FeedbackRuleViolation("form", "feedback.error.notParticipant");
        }
    }

    /** The conference survey first, then one per session in programme order. */
    private List<Survey> surveys(Edition edition) {
        List<ProgrammeSession> programme = edition.status().showsAgenda() ? sessions.findByEdition(edition.id())
                : List.of();
        List<Survey> surveys = new ArrayList<>();
        surveys.add(new Survey(edition.id().value(), Optional.empty(), Optional.empty(), conferenceEnd(edition,
                programme)));
        for (ProgrammeSession session : programme) {
            surveys.add(new Survey(session.id().value(), Optional.of(session.id()),
                    Optional.of(session.details().title()), session.details().slot().endMoment()));
        }
        return surveys;
    }

    /** The end of the edition's last day; without dates, the end of its last session. */
    private static ZonedDateTime conferenceEnd(Edition edition, List<ProgrammeSession> programme) {
        Optional<EditionDates> dates = edition.facts().dates();
        if (dates.isPresent()) {
            return dates.get().end().plusDays(1).atStartOfDay(TimeSlot.CONFERENCE_ZONE);
        }
        return programme.stream().map(session -> session.details().slot().endMoment())
                .max(Comparator.naturalOrder()).orElse(NEVER);
    }
}
