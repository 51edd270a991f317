package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AnswerPlaceUseCase;
import org.defendersdays.conference.application.port.in.DecideCommand;
import org.defendersdays.conference.application.port.in.ExpirePlacesUseCase;
import org.defendersdays.conference.application.port.in.ReleaseWorkshopPlacesUseCase;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase;
import org.defendersdays.conference.application.port.in.SelectionNotFound;
import org.defendersdays.conference.application.port.in.StaleSelection;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Reviews;
import org.defendersdays.conference.application.port.out.SelectionDecisions;
import org.defendersdays.conference.application.port.out.SelectionMail;
import org.defendersdays.conference.domain.selection.Applicant;
import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.Capacity;
import org.defendersdays.conference.domain.selection.Decision;
import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.conference.domain.selection.PlaceStatus;
import org.defendersdays.conference.domain.selection.ScoreSheet;
import org.defendersdays.conference.domain.selection.ScoreSummary;
import org.defendersdays.conference.domain.selection.SelectionNotice;
import org.defendersdays.conference.domain.selection.SelectionNotice.Kind;
import org.defendersdays.conference.domain.selection.Waitlist;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection decisions and places. Every change to who holds a place first locks the call's row
 * ({@link SelectionDecisions#holdCall}), then counts, then writes: two admins accepting at once, or
 * a person declining while the expiry job runs, are serialized by PostgreSQL, so places and hard
 * quotas are never exceeded. Accepting (and moving up from the waitlist) publishes {@code
 * ConferenceApplicationAccepted} in the same transaction; each decision is audited and mailed.
 */
@Transactional
public class SelectionService implements SelectApplicantsUseCase, AnswerPlaceUseCase, ExpirePlacesUseCase {

    private final Reviews reviews;
    private final SelectionDecisions decisions;
    private final SelectionMail mail;
    private final ConferenceEvents events;
    private final AuditTrail audit;
    private final ReleaseWorkshopPlacesUseCase workshops;
    private final PublicationRevision revision;
    private final Clock clock;

    public SelectionService(Reviews reviews, SelectionDecisions decisions, SelectionMail mail, ConferenceEvents events,
            AuditTrail audit, ReleaseWorkshopPlacesUseCase workshops, PublicationRevision revision, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.mail = mail;
        this.events = events;
        this.audit = audit;
        this.workshops = workshops;
        this.revision = revision;
        this.clock = clock;
    }

    // ---- the board ------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public SelectionBoard board(int year) {
        CallFacts call = reviews.callOfYear(year).orElseThrow(SelectionNotFound::new);
        List<BlindApplication> applications = reviews.submitted(call.callId());
        Map<UUID, Map<UUID, Map<UUID, Integer>>> scores = reviews.scoresOfCall(call.callId());
        List<UUID> reviewers = scores.values().stream().flatMap(byReviewer -> byReviewer.keySet().stream()).distinct()
                .sorted().toList();
        Map<UUID, Decision> decided = decisions.decisions(call.editionId());
        List<Row> rows = new ArrayList<>();
        for (BlindApplication application : applications) {
            Map<UUID, Map<UUID, Integer>> byReviewer = scores.getOrDefault(application.id(), Map.of());
            List<Optional<Integer>> totals = reviewers.stream()
                    .map(reviewer -> ScoreSheet.totalOf(call.criteria(), byReviewer.getOrDefault(reviewer, Map.of())))
                    .toList();
            ScoreSummary summary = new ScoreSummary(totals.stream().flatMap(Optional::stream).toList());
            rows.add(new Row(application, totals, summary, Optional.ofNullable(decided.get(application.id()))));
        }
        return new SelectionBoard(call, rows, reviewers.size(), totals(call, rows));
    }

    private static Totals totals(CallFacts call, List<Row> rows) {
        int taken = 0;
        int confirmed = 0;
        int waitlisted = 0;
        Map<String, Integer> byRegion = new TreeMap<>();
        Map<String, Integer> byGender = new TreeMap<>();
        int firstTime = 0;
        int returning = 0;
        int firstTimeApplicants = 0;
        int returningApplicants = 0;
        for (Row row : rows) {
            BlindApplication application = row.application();
            boolean attended = application.attendedBefore().orElse(false);
            if (attended) {
                returningApplicants++;
            } else {
                firstTimeApplicants++;
            }
            Optional<Decision> decision = row.decision();
            if (decision.map(Decision::outcome).filter(Outcome.WAITLISTED::equals).isPresent()) {
                waitlisted++;
            }
            if (decision.filter(Decision::holdsPlace).isEmpty()) {
                continue;
            }
            taken++;
            if (decision.get().place().orElseThrow() == PlaceStatus.CONFIRMED) {
                confirmed++;
            }
            byRegion.merge(application.region(), 1, Integer::sum);
            if (call.asksGender()) {
                byGender.merge(application.gender().orElse("UNSTATED"), 1, Integer::sum);
            }
            if (attended) {
                returning++;
            } else {
                firstTime++;
            }
        }
        return new Totals(call.places(), taken, confirmed, waitlisted, byRegion, byGender, firstTime, returning,
                firstTimeApplicants, returningApplicants);
    }

    // ---- decisions ------------------------------------------------------------------------

    @Override
    public void decide(DecideCommand command) {
        Applicant applicant = submittedApplicant(command.applicationId());
        CallFacts call = decisions.call(applicant.callId()).orElseThrow(SelectionNotFound::new);
        decisions.holdCall(call.callId());
        Instant now = clock.instant();
        Optional<Decision> before = decisions.decision(command.applicationId());
        long version = before.map(Decision::version).orElse(0L);
        if (version != command.seenVersion()) {
            throw new StaleSelection();
        }
        if (before.map(Decision::outcome).filter(command.outcome()::equals).isPresent()
                && (command.outcome() != Outcome.ACCEPTED || before.get().holdsPlace())) {
            return;
        }
        Waitlist waitlist = decisions.waitlist(call.editionId());
        boolean wasWaiting = before.map(Decision::outcome).filter(Outcome.WAITLISTED::equals).isPresent();
        Decision next = switch (command.outcome()) {
            case ACCEPTED -> {
                decisions.capacity(call).requireRoomFor(applicant.region());
                yield Decision.accept(command.applicationId(), command.admin(), now, call.confirmationDays(), version);
            }
            case WAITLISTED -> Decision.waitlist(command.applicationId(), waitlist.nextRank(), command.admin(), now,
                    version);
            case DECLINED -> Decision.decline(command.applicationId(), command.admin(), now, version);
        };
        if (!decisions.store(next, call.editionId())) {
            throw new StaleSelection();
        }
        if (wasWaiting) {
            decisions.rank(call.editionId(), waitlist.without(command.applicationId()));
        }
        audit.record(AuditEntry.success(command.admin(), "conference.selection.decided", "application",
                command.applicationId().toString()).withDetail(command.outcome().name()));
        switch (command.outcome()) {
            case ACCEPTED -> {
                events.applicationAccepted(call.editionId(), call.year(), applicant.person());
                tell(applicant, new SelectionNotice(Kind.ACCEPTED, call.year(), next.confirmBy(), OptionalInt.empty()));
            }
            case WAITLISTED -> tell(applicant, new SelectionNotice(Kind.WAITLISTED, call.year(), Optional.empty(),
                    next.waitlistRank()));
            case DECLINED -> tell(applicant, SelectionNotice.of(Kind.DECLINED, call.year()));
        }
    }

    @Override
    public void moveOnWaitlist(PersonId admin, UUID applicationId, boolean up) {
        Applicant applicant = submittedApplicant(applicationId);
        CallFacts call = decisions.call(applicant.callId()).orElseThrow(SelectionNotFound::new);
        decisions.holdCall(call.callId());
        Waitlist waitlist = decisions.waitlist(call.editionId());
        decisions.rank(call.editionId(), waitlist.moved(applicationId, up));
        audit.record(AuditEntry.success(admin, "conference.selection.waitlistMoved", "application",
                applicationId.toString()).withDetail(up ? "UP" : "DOWN"));
    }

    @Override
    public void markHighRisk(PersonId admin, UUID applicationId, boolean highRisk) {
        submittedApplicant(applicationId);
        decisions.markHighRisk(applicationId, highRisk);
        // A participant who is also a speaker disappears from (or returns to) the public programme.
        revision.bump();
        audit.record(AuditEntry.success(admin, highRisk ? "conference.selection.highRiskMarked"
                : "conference.selection.highRiskUnmarked", "application", applicationId.toString()));
    }

    @Override
    public List<ExportRow> export(PersonId admin, int year) {
        SelectionBoard board = board(year);
        List<ExportRow> rows = board.rows().stream().filter(row -> !row.application().highRisk())
                .sorted(Comparator.comparing(row -> row.application().reference()))
                .map(SelectionService::exportRow).toList();
        audit.record(AuditEntry.success(admin, "conference.selection.exported", "call",
                board.call().callId().toString()));
        return rows;
    }

    private static ExportRow exportRow(Row row) {
        BlindApplication application = row.application();
        List<String> needs = new ArrayList<>();
        if (application.needs().visaLetter()) {
            needs.add("VISA_LETTER");
        }
        if (application.needs().travelSupport()) {
            needs.add("TRAVEL_SUPPORT");
        }
        if (application.needs().accommodation()) {
            needs.add("ACCOMMODATION");
        }
        if (application.needs().accessibility()) {
            needs.add("ACCESSIBILITY");
        }
        application.needs().interpretationInto().ifPresent(language -> needs.add("INTERPRETATION_" + language));
        OptionalDoubleBox mean = new OptionalDoubleBox(row.summary());
        return new ExportRow(application.reference(), application.region(), application.country(),
                application.languages(), needs, application.attendedBefore(), mean.value(),
                row.decision().map(decision -> decision.outcome().name()),
                row.decision().flatMap(Decision::place).map(PlaceStatus::name));
    }

    private record OptionalDoubleBox(ScoreSummary summary) {
        Optional<Double> value() {
            return summary.mean().isPresent() ? Optional.of(summary.mean().getAsDouble()) : Optional.empty();
        }
    }

    // ---- the applicant's answer ------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<MyPlace> place(PersonId person, int year) {
        return decisions.applicationOf(person, year).filter(Applicant::submitted)
                .map(applicant -> new MyPlace(year, decisions.decision(applicant.applicationId())));
    }

    @Override
    public void confirm(PersonId person, int year) {
        answer(person, year, true);
    }

    @Override
    public void decline(PersonId person, int year) {
        answer(person, year, false);
    }

    private void answer(PersonId person, int year, boolean confirm) {
        Applicant applicant = decisions.applicationOf(person, year).filter(Applicant::submitted)
                .orElseThrow(SelectionNotFound::new);
        CallFacts call = decisions.call(applicant.callId()).orElseThrow(SelectionNotFound::new);
        decisions.holdCall(call.callId());
        Instant now = clock.instant();
        Decision decision = decisions.decision(applicant.applicationId()).orElseThrow(
                () -> new org.defendersdays.conference.domain.selection.SelectionRuleViolation("form",
                        "selection.place.error.notOffered"));
        Decision answered = confirm ? decision.confirm(now) : decision.declinePlace(now);
        if (!decisions.store(answered, call.editionId())) {
            throw new StaleSelection();
        }
        audit.record(AuditEntry.success(person, confirm ? "conference.place.confirmed" : "conference.place.declined",
                "application", applicant.applicationId().toString()));
        tell(applicant, SelectionNotice.of(confirm ? Kind.CONFIRMED : Kind.PLACE_DECLINED, year));
        if (!confirm) {
            workshops.releaseAll(new EditionId(call.editionId()), person);
            fillFreePlaces(call, now, 1);
        }
    }

    // ---- housekeeping and promotion ---------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<UUID> callsNeedingHousekeeping() {
        return decisions.callsNeedingHousekeeping(clock.instant());
    }

    @Override
    public int housekeep(UUID callId) {
        CallFacts call = decisions.call(callId).orElseThrow(SelectionNotFound::new);
        decisions.holdCall(callId);
        Instant now = clock.instant();
        int released = 0;
        for (UUID overdue : decisions.overdueOffers(callId, now)) {
            Decision decision = decisions.decision(overdue).orElseThrow();
            if (decisions.store(decision.expire(now), call.editionId())) {
                released++;
                decisions.applicant(overdue).ifPresent(applicant -> {
                    audit.record(new AuditEntry(Optional.empty(), "conference.place.expired", "application",
                            Optional.of(overdue.toString()), AuditEntry.Outcome.SUCCESS, Optional.empty()));
                    tell(applicant, SelectionNotice.of(Kind.EXPIRED, call.year()));
                });
            }
        }
        released += decisions.releaseWithdrawnPlaces(callId, now);
        return released == 0 ? 0 : fillFreePlaces(call, now, released);
    }

    /**
     * Offers the places just given back (at most {@code released}, and only while places are free)
     * to the waitlist in rank order, skipping whoever withdrew or whose region's hard quota is
     * reached; those left move up. Runs under the call's lock. An admin's own decisions never
     * promote anyone by themselves: the admin decides who comes.
     */
    private int fillFreePlaces(CallFacts call, Instant now, int released) {
        Capacity capacity = decisions.capacity(call);
        Waitlist waitlist = decisions.waitlist(call.editionId());
        Map<UUID, Applicant> applicants = new HashMap<>();
        for (UUID waiting : waitlist.ranked()) {
            decisions.applicant(waiting).ifPresent(applicant -> applicants.put(waiting, applicant));
        }
        int promoted = 0;
        Map<UUID, Decision> offers = new LinkedHashMap<>();
        while (capacity.hasFreePlace() && promoted < released) {
            Capacity current = capacity;
            Optional<UUID> next = waitlist.next(id -> applicants.containsKey(id) && applicants.get(id).submitted()
                    && current.hasRoomFor(applicants.get(id).region()));
            if (next.isEmpty()) {
                break;
            }
            UUID id = next.get();
            Decision offer = decisions.decision(id).orElseThrow().promote(now, call.confirmationDays());
            offers.put(id, offer);
            waitlist = waitlist.without(id);
            capacity = capacity.plusOne(applicants.get(id).region());
            promoted++;
        }
        if (promoted == 0) {
            return 0;
        }
        for (Map.Entry<UUID, Decision> offer : offers.entrySet()) {
            if (!decisions.store(offer.getValue(), call.editionId())) {
                throw new StaleSelection();
            }
        }
        decisions.rank(call.editionId(), waitlist);
        for (Map.Entry<UUID, Decision> offer : offers.entrySet()) {
            Applicant applicant = applicants.get(offer.getKey());
            audit.record(new AuditEntry(Optional.empty(), "conference.selection.promoted", "application",
                    Optional.of(offer.getKey().toString()), AuditEntry.Outcome.SUCCESS, Optional.empty()));
            events.applicationAccepted(call.editionId(), call.year(), applicant.person());
            tell(applicant, new SelectionNotice(Kind.PROMOTED, call.year(), offer.getValue().confirmBy(),
                    OptionalInt.empty()));
        }
        return promoted;
    }

    private Applicant submittedApplicant(UUID applicationId) {
        return decisions.applicant(applicationId).filter(Applicant::submitted).orElseThrow(SelectionNotFound::new);
    }

    private void tell(Applicant applicant, SelectionNotice notice) {
        mail.tell(applicant.person(), applicant.messageLanguage(), notice);
    }
}
