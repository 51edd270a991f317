package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.application.port.in.AdministerEditionsUseCase;
import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedSession;
import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.ReviseSessionCommand;
import org.defendersdays.conference.application.port.in.ScheduleSessionCommand;
import org.defendersdays.conference.application.port.in.SessionDoesNotFit;
import org.defendersdays.conference.application.port.in.StaleProgrammeEdit;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownProgrammeItem;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.ScheduleConflict;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme use cases against PostgreSQL: scheduling with its checks, publication, the public read side. */
@SpringBootTest
class ProgrammeServiceTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2140);
    private static final PersonId ORGANISER = PersonId.generate();

    @Autowired
    AdministerEditionsUseCase editions;

    @Autowired
    AdministerProgrammeUseCase programme;

    @Autowired
    BrowseProgrammeUseCase browse;

    @Autowired
    BrowsePublishedProgrammeUseCase published;

    @Autowired
    Speakers speakers;

    @Autowired
    JdbcTemplate jdbc;

    private record Setup(int year, EditionId edition, LocalDate day, RoomId hall, RoomId studio) {
    }

    private Setup setup() {
        int year = YEARS.getAndIncrement();
        LocalDate day = LocalDate.of(year, 4, 9);
        EditionId edition = editions.plan(ORGANISER, new PlanEditionCommand(year, new EditionFacts(
                Optional.of(new EditionDates(day, day.plusDays(3))), "Stockholm", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(LanguageCode.of("en"), LanguageCode.of("ru")))));
        RoomId hall = programme.addRoom(ORGANISER, edition, "Hall", Optional.empty());
        RoomId studio = programme.addRoom(ORGANISER, edition, "Studio", Optional.empty());
        return new Setup(year, edition, day, hall, studio);
    }

    private Speaker speaker(String name, boolean consentsToName) {
        Speaker speaker = Speaker.add(SpeakerId.generate(), new SpeakerProfile(name, Optional.empty(), Optional.empty()));
        if (consentsToName) {
            speaker.recordConsent(ProfileField.NAME, new Consent(Instant.now(), ORGANISER, Optional.empty()));
        }
        return speakers.save(speaker);
    }

    private static SessionDetails session(String title, SessionType type, LocalDate day, int from, int to, RoomId room,
            Optional<SessionId> continues, Contributor... people) {
        return new SessionDetails(type, title, Optional.empty(), new TimeSlot(day, LocalTime.of(from, 0),
                LocalTime.of(to, 0)), room, Optional.empty(), Set.of(Topic.DIGITAL_SECURITY),
                type.hasSeats() ? Optional.of(20) : Optional.empty(), LanguageCode.of("en"),
                Set.of(LanguageCode.of("ru")), false, continues, List.of(people));
    }

    @Test
    void aSessionThatFitsIsStoredAuditedAndRaisesTheRevision() {
        Setup s = setup();
        Speaker amina = speaker("Amina", true);
        long before = published.revision();

        SessionId id = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Threat models",
                SessionType.WORKSHOP, s.day(), 9, 11, s.hall(), Optional.empty(),
                new Contributor(amina.id(), ContributionRole.TRAINER, false))));

        assertThat(browse.session(s.edition(), id).details().title()).isEqualTo("Threat models");
        assertThat(published.revision()).isGreaterThan(before);
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                id.toString()))).extracting(AuditEntry::action).containsExactly("conference.programme.sessionScheduled");
    }

    @Test
    void aConflictingSessionIsNotStoredAndEveryConflictIsNamed() {
        Setup s = setup();
        Speaker amina = speaker("Amina", true);
        SessionId first = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("First",
                SessionType.WORKSHOP, s.day(), 9, 11, s.hall(), Optional.empty(),
                new Contributor(amina.id(), ContributionRole.TRAINER, false))));

        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Second",
                SessionType.PANEL, s.day(), 10, 12, s.hall(), Optional.empty(),
                new Contributor(amina.id(), ContributionRole.PANELLIST, false)))))
                .isInstanceOfSatisfying(SessionDoesNotFit.class, refused -> assertThat(refused.conflicts())
                        .extracting(ScheduleConflict::kind, ScheduleConflict::other).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(ScheduleConflict.Kind.ROOM_DOUBLE_BOOKED,
                                        Optional.of(first)),
                                org.assertj.core.groups.Tuple.tuple(ScheduleConflict.Kind.PERSON_DOUBLE_BOOKED,
                                        Optional.of(first))));
        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session(
                "Part two too early", SessionType.WORKSHOP, s.day(), 10, 12, s.studio(), Optional.of(first)))))
                .isInstanceOfSatisfying(SessionDoesNotFit.class, refused -> assertThat(refused.conflicts())
                        .extracting(ScheduleConflict::kind).containsExactly(ScheduleConflict.Kind.BEFORE_PREVIOUS_PART));
        assertThat(browse.programme(s.edition()).sessions()).extracting(ProgrammeSession::id).containsExactly(first);
    }

    @Test
    void referencesMustBelongToTheEditionAndLanguagesMustBeOffered() {
        Setup s = setup();
        Setup other = setup();
        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Elsewhere",
                SessionType.PANEL, s.day(), 9, 10, other.hall(), Optional.empty()))))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("room"));
        SessionDetails inFrench = new SessionDetails(SessionType.PANEL, "En français", Optional.empty(),
                new TimeSlot(s.day(), LocalTime.of(9, 0), LocalTime.of(10, 0)), s.hall(), Optional.empty(), Set.of(),
                Optional.empty(), LanguageCode.of("fr"), Set.of(), false, Optional.empty(), List.of());
        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), inFrench)))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("language"));
        SessionDetails unknownTopic = new SessionDetails(SessionType.PANEL, "Topics", Optional.empty(),
                new TimeSlot(s.day(), LocalTime.of(9, 0), LocalTime.of(10, 0)), s.hall(), Optional.empty(),
                Set.of(new Topic("no-such-topic-anywhere")), Optional.empty(), LanguageCode.of("en"), Set.of(), false,
                Optional.empty(), List.of());
        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), unknownTopic)))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("topics"));
        assertThatThrownBy(() -> programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Nobody",
                SessionType.PANEL, s.day(), 9, 10, s.hall(), Optional.empty(),
                new Contributor(SpeakerId.generate(), ContributionRole.PANELLIST, false)))))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("contributors"));
    }

    @Test
    void aStaleRevisionIsRefusedAndAPartOneThatIsContinuedCannotBeRemoved() {
        Setup s = setup();
        SessionId one = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Part one",
                SessionType.WORKSHOP, s.day(), 9, 10, s.hall(), Optional.empty())));
        SessionId two = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Part two",
                SessionType.WORKSHOP, s.day(), 11, 12, s.hall(), Optional.of(one))));
        long seen = browse.session(s.edition(), one).version();

        programme.revise(ORGANISER, new ReviseSessionCommand(s.edition(), one, seen, session("Part one, renamed",
                SessionType.WORKSHOP, s.day(), 9, 10, s.hall(), Optional.empty())));
        assertThatThrownBy(() -> programme.revise(ORGANISER, new ReviseSessionCommand(s.edition(), one, seen,
                session("Lost update", SessionType.WORKSHOP, s.day(), 9, 10, s.hall(), Optional.empty()))))
                .isInstanceOf(StaleProgrammeEdit.class);
        assertThat(browse.session(s.edition(), one).details().title()).isEqualTo("Part one, renamed");

        assertThatThrownBy(() -> programme.remove(ORGANISER, s.edition(), one))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("programme.session.continuedByAnother"));
        programme.remove(ORGANISER, s.edition(), two);
        programme.remove(ORGANISER, s.edition(), one);
        assertThat(browse.programme(s.edition()).sessions()).isEmpty();
    }

    @Test
    void aRoomOrTrackInUseStaysAndAFreeOneIsRemovedAuditedAndRaisesTheRevision() {
        Setup s = setup();
        TrackId track = programme.addTrack(ORGANISER, s.edition(), "Security", Optional.empty());
        TrackId spare = programme.addTrack(ORGANISER, s.edition(), "Spare", Optional.empty());
        SessionDetails tracked = session("Opening", SessionType.KEYNOTE, s.day(), 9, 10, s.hall(), Optional.empty());
        programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), new SessionDetails(tracked.type(),
                tracked.title(), tracked.description(), tracked.slot(), tracked.room(), Optional.of(track),
                tracked.topics(), tracked.seats(), tracked.language(), tracked.interpretation(),
                tracked.chathamHouseRule(), tracked.continues(), tracked.contributors())));
        long before = published.revision();

        assertThatThrownBy(() -> programme.removeRoom(ORGANISER, s.edition(), s.hall(), version(s, s.hall())))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("programme.room.inUse"));
        assertThatThrownBy(() -> programme.removeTrack(ORGANISER, s.edition(), track, trackVersion(s, track)))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("programme.track.inUse"));
        assertThat(published.revision()).isEqualTo(before);
        assertThat(browse.programme(s.edition()).rooms()).hasSize(2);

        long studio = version(s, s.studio());
        assertThatThrownBy(() -> programme.removeRoom(ORGANISER, s.edition(), s.studio(), studio + 1))
                .isInstanceOf(StaleProgrammeEdit.class);
        assertThatThrownBy(() -> programme.removeRoom(ORGANISER, EditionId.generate(), s.studio(), studio))
                .isInstanceOf(UnknownEdition.class);
        assertThatThrownBy(() -> programme.removeRoom(ORGANISER, s.edition(), RoomId.generate(), 0))
                .isInstanceOf(UnknownProgrammeItem.class);
        programme.removeRoom(ORGANISER, s.edition(), s.studio(), studio);
        programme.removeTrack(ORGANISER, s.edition(), spare, trackVersion(s, spare));

        assertThat(browse.programme(s.edition()).rooms()).extracting(room -> room.id()).containsExactly(s.hall());
        assertThat(browse.programme(s.edition()).tracks()).extracting(t -> t.id()).containsExactly(track);
        assertThat(published.revision()).isGreaterThanOrEqualTo(before + 2);
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                s.studio().toString()))).extracting(AuditEntry::action)
                .containsExactly("conference.programme.roomAdded", "conference.programme.roomRemoved");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                spare.toString()))).extracting(AuditEntry::action)
                .containsExactly("conference.programme.trackAdded", "conference.programme.trackRemoved");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                s.hall().toString()))).extracting(AuditEntry::action).doesNotContain("conference.programme.roomRemoved");
    }

    @Test
    void onlyAnAddedTopicNoSessionOrEditionUsesIsRemoved() {
        Setup s = setup();
        Topic used = new Topic("used-" + s.year());
        Topic listed = new Topic("listed-" + s.year());
        Topic free = new Topic("free-" + s.year());
        for (Topic topic : List.of(used, listed, free)) {
            programme.addTopic(ORGANISER, topic, topic.slug());
        }
        SessionDetails tagged = session("Tagged", SessionType.KEYNOTE, s.day(), 9, 10, s.hall(), Optional.empty());
        programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), new SessionDetails(tagged.type(),
                tagged.title(), tagged.description(), tagged.slot(), tagged.room(), tagged.track(), Set.of(used),
                tagged.seats(), tagged.language(), tagged.interpretation(), tagged.chathamHouseRule(),
                tagged.continues(), tagged.contributors())));
        EditionFacts facts = browse.programme(s.edition()).edition().facts();
        editions.correct(ORGANISER, new CorrectEditionCommand(s.edition(), new EditionFacts(facts.dates(),
                facts.city(), facts.venue(), facts.theme(), facts.participants(), facts.countries(), List.of(listed),
                facts.languages())));
        long before = published.revision();

        for (Topic topic : List.of(used, listed)) {
            assertThatThrownBy(() -> programme.removeTopic(ORGANISER, topic, topicVersion(topic)))
                    .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.messageKey())
                            .isEqualTo("programme.topic.inUse"));
        }
        assertThatThrownBy(() -> programme.removeTopic(ORGANISER, Topic.INNOVATION, topicVersion(Topic.INNOVATION)))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("programme.topic.builtIn"));
        assertThatThrownBy(() -> programme.removeTopic(ORGANISER, free, topicVersion(free) + 1))
                .isInstanceOf(StaleProgrammeEdit.class);
        assertThatThrownBy(() -> programme.removeTopic(ORGANISER, new Topic("never-" + s.year()), 0))
                .isInstanceOf(UnknownProgrammeItem.class);
        assertThat(published.revision()).isEqualTo(before);

        programme.removeTopic(ORGANISER, free, topicVersion(free));
        assertThat(browse.topics()).extracting(CatalogueTopic::topic).contains(used, listed, Topic.INNOVATION)
                .doesNotContain(free);
        assertThat(published.revision()).isGreaterThan(before);
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                free.slug()))).extracting(AuditEntry::action)
                .containsExactly("conference.programme.topicAdded", "conference.programme.topicRemoved");
    }

    private long version(Setup s, RoomId room) {
        return browse.programme(s.edition()).rooms().stream().filter(r -> r.id().equals(room)).findFirst()
                .orElseThrow().version();
    }

    private long trackVersion(Setup s, TrackId track) {
        return browse.programme(s.edition()).tracks().stream().filter(t -> t.id().equals(track)).findFirst()
                .orElseThrow().version();
    }

    private long topicVersion(Topic topic) {
        return browse.topics().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow().version();
    }

    @Test
    void theAgendaIsPublicOnlyOncePublishedAndComesWithItsSpeakersAndRevision() {
        Setup s = setup();
        Speaker amina = speaker("Amina", true);
        Speaker hidden = speaker("Hidden", false);
        SessionId one = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Part one",
                SessionType.WORKSHOP, s.day(), 9, 10, s.hall(), Optional.empty(),
                new Contributor(amina.id(), ContributionRole.TRAINER, false))));
        SessionId two = programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Part two",
                SessionType.WORKSHOP, s.day(), 11, 12, s.hall(), Optional.of(one),
                new Contributor(hidden.id(), ContributionRole.TRAINER, true))));
        programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session("Opening", SessionType.KEYNOTE,
                s.day(), 8, 9, s.studio(), Optional.empty())));

        assertThat(published.publishedProgramme(s.year())).isEmpty();
        editions.announce(ORGANISER, s.edition());
        assertThat(published.publishedProgramme(s.year())).isEmpty();
        assertThat(published.findSession(s.year(), one)).isEmpty();
        editions.publishProgramme(ORGANISER, s.edition());

        PublishedProgramme agenda = published.publishedProgramme(s.year()).orElseThrow();
        assertThat(agenda.sessions()).extracting(session -> session.details().title()).containsExactly("Opening",
                "Part one", "Part two");
        assertThat(agenda.rooms()).extracting(room -> room.name()).containsExactly("Hall", "Studio");
        assertThat(agenda.speakers()).containsOnlyKeys(amina.id(), hidden.id());
        assertThat(agenda.topicNames()).containsKey(Topic.DIGITAL_SECURITY);
        assertThat(agenda.revision()).isEqualTo(published.revision());

        PublishedSession partOne = published.findSession(s.year(), one).orElseThrow();
        assertThat(partOne.nextPart()).map(ProgrammeSession::id).contains(two);
        assertThat(partOne.room().name()).isEqualTo("Hall");
        assertThat(published.findSession(s.year(), two).orElseThrow().previousPart()).map(ProgrammeSession::id)
                .contains(one);
        assertThat(published.findSession(s.year() + 1000, one)).isEmpty();

        long before = published.revision();
        editions.correct(ORGANISER, new CorrectEditionCommand(s.edition(), agenda.edition().facts()));
        assertThat(published.revision()).isGreaterThan(before);
        editions.archive(ORGANISER, s.edition());
        assertThat(published.publishedProgramme(s.year())).isPresent();
    }

    /**
     * Two admins book one room for the same hour at the same moment, many times over: the edition's
     * programme is held while checking and saving, so exactly one of each pair is stored.
     */
    @Test
    void concurrentBookingsOfOneRoomCannotBothWin() throws Exception {
        Setup s = setup();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int hour = 8; hour < 18; hour++) {
                int from = hour;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (String who : List.of("A", "B")) {
                    Callable<Boolean> booking = () -> {
                        start.await();
                        try {
                            programme.schedule(ORGANISER, new ScheduleSessionCommand(s.edition(), session(who + from,
                                    SessionType.PANEL, s.day(), from, from + 1, s.hall(), Optional.empty())));
                            return true;
                        } catch (SessionDoesNotFit refused) {
                            return false;
                        }
                    };
                    attempts.add(pool.submit(booking));
                }
                start.countDown();
                int stored = 0;
                for (Future<Boolean> attempt : attempts) {
                    stored += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(stored).as("bookings stored for %d:00", from).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.programme_session WHERE edition_id = ?",
                Integer.class, s.edition().value())).isEqualTo(10);
    }
}
