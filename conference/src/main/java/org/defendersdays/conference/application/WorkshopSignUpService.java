package org.defendersdays.conference.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.application.port.in.ManageWorkshopCalendarUseCase;
import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.ReleaseWorkshopPlacesUseCase;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase;
import org.defendersdays.conference.application.port.in.SeeWorkshopLoadUseCase;
import org.defendersdays.conference.application.port.in.SignUpForWorkshopUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownWorkshop;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.application.port.out.WorkshopCalendarTokens;
import org.defendersdays.conference.application.port.out.WorkshopNotifications;
import org.defendersdays.conference.application.port.out.WorkshopSeats;
import org.defendersdays.conference.application.port.out.WorkshopSeats.SeatLoad;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.workshop.CalendarToken;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.conference.domain.workshop.WorkshopSeries;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshop sign-up and personal programmes. The rules about a person (confirmed participant, no
 * second sign-up, no time clash, first part of a series) are checked while their programme is held;
 * the rule about a workshop (its capacity) is kept by {@link WorkshopSeats} while it holds the
 * workshop. Locks are always taken in that order (person, then the series' parts by id).
 */
@Transactional
public class WorkshopSignUpService implements SignUpForWorkshopUseCase, SeePersonalProgrammeUseCase,
        ManageWorkshopCalendarUseCase, SeeWorkshopLoadUseCase, ReleaseWorkshopPlacesUseCase {

    private final Editions editions;
    private final ProgrammeSessions sessions;
    private final WorkshopSeats seats;
    private final ConfirmedParticipants participants;
    private final WorkshopCalendarTokens tokens;
    private final WorkshopNotifications notifications;
    private final Clock clock;

    public WorkshopSignUpService(Editions editions, ProgrammeSessions sessions, WorkshopSeats seats,
            ConfirmedParticipants participants, WorkshopCalendarTokens tokens, WorkshopNotifications notifications,
            Clock clock) {
        this.editions = editions;
        this.sessions = sessions;
        this.seats = seats;
        this.participants = participants;
        this.tokens = tokens;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Place signUp(PersonId person, int year, SessionId workshop) {
        Edition edition = publishedEdition(year);
        ProgrammeSession chosen = workshopOf(edition, workshop);
        if (participants.messageLanguage(edition.id(), person).isEmpty()) {
            throw new NotAConfirmedParticipant();
        }
        List<ProgrammeSession> programme = sessions.findByEdition(edition.id());
        WorkshopSeries series = WorkshopSeries.startingAt(chosen, programme);

        seats.holdProgrammeOf(person);
        List<Place> places = seats.placesOf(person, edition.id());
        if (places.stream().anyMatch(place -> series.sessionIds().contains(place.session()))) {
            throw new SignUpRefused(SignUpRefused.Reason.ALREADY_SIGNED_UP, chosen.details().title());
        }
        List<SessionId> mine = places.stream().map(Place::session).toList();
        series.clashWith(programme.stream().filter(session -> mine.contains(session.id())).toList())
                .ifPresent(clash -> {
                    throw new SignUpRefused(SignUpRefused.Reason.TIME_CLASH, clash.details().title());
                });
        try {
            seats.take(person, edition.id(), series.sessionIds());
        } catch (SignUpRefused refused) {
            throw new SignUpRefused(refused.reason(), chosen.details().title());
        }
        return seats.placesOf(person, edition.id()).stream().filter(place -> place.session().equals(chosen.id()))
                .findFirst().orElseThrow();
    }

    @Override
    public void leave(PersonId person, int year, SessionId workshop) {
        Edition edition = publishedEdition(year);
        ProgrammeSession chosen = workshopOf(edition, workshop);
        WorkshopSeries series = WorkshopSeries.containing(chosen, sessions.findByEdition(edition.id()));
        seats.holdProgrammeOf(person);
        List<PersonId> promoted;
        try {
            promoted = seats.giveUp(person, series.sessionIds());
        } catch (SignUpRefused refused) {
            throw new SignUpRefused(refused.reason(), series.first().details().title());
        }
        for (PersonId next : promoted) {
            participants.messageLanguage(edition.id(), next).ifPresent(language ->
                    notifications.promoted(next, language, year, series.first().details().title()));
        }
    }

    /**
     * Leaves every workshop series the person is in at the edition, one series at a time so each
     * promoted person hears which workshop they got. Runs in the caller's transaction, so the place
     * that ended and the seats that went are one change.
     */
    @Override
    public void releaseAll(EditionId edition, PersonId person) {
        seats.holdProgrammeOf(person);
        List<Place> places = seats.placesOf(person, edition);
        if (places.isEmpty()) {
            return;
        }
        int year = editions.findById(edition).map(Edition::year).orElseThrow(UnknownEdition::new);
        List<ProgrammeSession> programme = sessions.findByEdition(edition);
        Map<SessionId, WorkshopSeries> seriesOf = new LinkedHashMap<>();
        for (Place place : places) {
            programme.stream().filter(session -> session.id().equals(place.session())).findFirst()
                    .map(session -> WorkshopSeries.containing(session, programme))
                    .ifPresent(series -> seriesOf.putIfAbsent(series.first().id(), series));
        }
        for (WorkshopSeries series : seriesOf.values()) {
            for (PersonId next : seats.giveUp(person, series.sessionIds())) {
                participants.messageLanguage(edition, next).ifPresent(language ->
                        notifications.promoted(next, language, year, series.first().details().title()));
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalProgramme personalProgramme(PersonId person, int year) {
        Edition edition = publishedEdition(year);
        boolean participant = participants.messageLanguage(edition.id(), person).isPresent();
        List<ProgrammeSession> programme = sessions.findByEdition(edition.id());
        Map<SessionId, Place> places = seats.placesOf(person, edition.id()).stream()
                .collect(Collectors.toMap(Place::session, Function.identity()));
        Map<SessionId, SeatLoad> load = seats.loadOf(edition.id());
        List<WorkshopOffer> offers = new ArrayList<>();
        for (ProgrammeSession session : programme) {
            if (session.details().type() != SessionType.WORKSHOP) {
                continue;
            }
            WorkshopSeries series = WorkshopSeries.containing(session, programme);
            SeatLoad taken = load.getOrDefault(session.id(), new SeatLoad(0, 0));
            offers.add(new WorkshopOffer(session, series.sessionIds().indexOf(session.id()) + 1,
                    series.parts().size(), session.details().seats().orElse(0), taken.confirmed(),
                    taken.waitlisted(), Optional.ofNullable(places.get(session.id()))));
        }
        return new PersonalProgramme(year, participant, offers, tokens.createdFor(person));
    }

    @Override
    public CalendarToken replaceCalendarToken(PersonId person) {
        CalendarToken token = CalendarToken.generate();
        tokens.replace(person, token.sha256(), clock.instant());
        return token;
    }

    @Override
    public void revokeCalendarToken(PersonId person) {
        tokens.revoke(person);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<FeedEdition>> calendarFeed(String token) {
        if (!CalendarToken.looksLikeOne(token)) {
            return Optional.empty();
        }
        return tokens.holder(new CalendarToken(token).sha256()).map(person -> {
            Map<EditionId, List<ProgrammeSession>> byEdition = new LinkedHashMap<>();
            for (SessionId id : seats.confirmedOf(person)) {
                sessions.findById(id).ifPresent(session ->
                        byEdition.computeIfAbsent(session.edition(), any -> new ArrayList<>()).add(session));
            }
            List<FeedEdition> feed = new ArrayList<>();
            byEdition.forEach((edition, chosen) -> editions.findById(edition)
                    .filter(found -> found.status().showsAgenda())
                    .ifPresent(found -> feed.add(new FeedEdition(found.year(), chosen.stream()
                            .sorted(Comparator.comparing(session -> session.details().slot()))
                            .map(ProgrammeSession::id).toList()))));
            feed.sort(Comparator.comparingInt(FeedEdition::year));
            return feed;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<EditionWorkshops> workshopLoad() {
        List<EditionWorkshops> result = new ArrayList<>();
        for (Edition edition : editions.findAll()) {
            if (edition.status() != EditionStatus.PROGRAMME_PUBLISHED) {
                continue;
            }
            Map<SessionId, SeatLoad> load = seats.loadOf(edition.id());
            List<WorkshopLoad> workshops = sessions.findByEdition(edition.id()).stream()
                    .filter(session -> session.details().type() == SessionType.WORKSHOP)
                    .map(session -> {
                        SeatLoad taken = load.getOrDefault(session.id(), new SeatLoad(0, 0));
                        return new WorkshopLoad(session, session.details().seats().orElse(0), taken.confirmed(),
                                taken.waitlisted());
                    }).toList();
            if (!workshops.isEmpty()) {
                result.add(new EditionWorkshops(edition.year(), workshops));
            }
        }
        result.sort(Comparator.comparingInt(EditionWorkshops::year).reversed());
        return result;
    }

    /** Sign-up is open while the edition's programme is published (not before, not once archived). */
    private Edition publishedEdition(int year) {
        return editions.findByYear(year).filter(edition -> edition.status() == EditionStatus.PROGRAMME_PUBLISHED)
                .orElseThrow(UnknownEdition::new);
    }

    private ProgrammeSession workshopOf(Edition edition, SessionId id) {
        return sessions.findById(id)
                .filter(session -> session.edition().equals(edition.id()))
                .filter(session -> session.details().type() == SessionType.WORKSHOP)
                .orElseThrow(UnknownWorkshop::new);
    }
}
