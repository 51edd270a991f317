package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme's stores against the real PostgreSQL: rooms, tracks, topics, sessions, the revision. */
@SpringBootTest
class JdbcProgrammeTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2120);

    @Autowired
    JdbcEditions editions;

    @Autowired
    JdbcRooms rooms;

    @Autowired
    JdbcTracks tracks;

    @Autowired
    JdbcTopicCatalogue topics;

    @Autowired
    JdbcProgrammeSessions sessions;

    @Autowired
    JdbcSpeakers speakers;

    @Autowired
    JdbcPublicationRevision revision;

    @Autowired
    JdbcTemplate jdbc;

    private Edition edition() {
        int year = YEARS.getAndIncrement();
        return editions.save(Edition.draft(EditionId.generate(), year, new EditionFacts(
                Optional.of(new EditionDates(LocalDate.of(year, 4, 9), LocalDate.of(year, 4, 12))), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(Topic.INNOVATION),
                List.of(LanguageCode.of("en"), LanguageCode.of("ru"), LanguageCode.of("ar")))));
    }

    private static SessionDetails workshop(LocalDate day, int from, int to, RoomId room, Optional<TrackId> track,
            Optional<SessionId> continues, List<Contributor> contributors) {
        return new SessionDetails(SessionType.WORKSHOP, "Threat modelling " + from, Optional.of("Para one.\nTwo."),
                new TimeSlot(day, LocalTime.of(from, 0), LocalTime.of(to, 30)), room, track,
                Set.of(Topic.DIGITAL_SECURITY, Topic.INNOVATION), Optional.of(24), LanguageCode.of("en"),
                Set.of(LanguageCode.of("ru"), LanguageCode.of("ar")), true, continues, contributors);
    }

    @Test
    void anEditionKeepsItsLanguagesAndCanPublishItsProgramme() {
        Edition edition = edition();
        Edition announced = editions.findById(edition.id()).orElseThrow();
        assertThat(announced.facts().languages()).extracting(LanguageCode::value).containsExactly("en", "ru", "ar");
        announced.announce();
        Edition saved = editions.save(announced);
        saved.publishProgramme();
        editions.save(saved);
        assertThat(editions.findById(edition.id()).orElseThrow().status()).isEqualTo(EditionStatus.PROGRAMME_PUBLISHED);
        assertThat(editions.findPublic()).extracting(Edition::id).contains(edition.id());
    }

    @Test
    void roomsAndTracksAreStoredPerEditionAndStaleCopiesRefused() {
        Edition edition = edition();
        Edition other = edition();
        Room hall = rooms.save(Room.open(RoomId.generate(), edition.id(), "Main hall", Optional.of("step-free")));
        rooms.save(Room.open(RoomId.generate(), edition.id(), "Atelier", Optional.empty()));
        rooms.save(Room.open(RoomId.generate(), other.id(), "Elsewhere", Optional.empty()));
        Track track = tracks.save(Track.open(TrackId.generate(), edition.id(), "Digital", Optional.empty()));

        assertThat(rooms.findByEdition(edition.id())).extracting(Room::name).containsExactly("Atelier", "Main hall");
        assertThat(rooms.findById(hall.id()).orElseThrow().note()).contains("step-free");
        assertThat(tracks.findByEdition(edition.id())).extracting(Track::name).containsExactly("Digital");

        Room first = rooms.findById(hall.id()).orElseThrow();
        Room second = rooms.findById(hall.id()).orElseThrow();
        first.rename("Great hall", Optional.empty());
        rooms.save(first);
        second.rename("Small hall", Optional.empty());
        assertThatThrownBy(() -> rooms.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Track staleTrack = tracks.findById(track.id()).orElseThrow();
        tracks.save(tracks.findById(track.id()).orElseThrow());
        assertThatThrownBy(() -> tracks.save(staleTrack)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theCatalogueHasTheBuiltInTopicsFirstAndTakesNewOnes() {
        Topic added = new Topic("legal-support-" + YEARS.getAndIncrement());
        topics.save(CatalogueTopic.add(added, "Legal support"));

        assertThat(topics.findAll()).extracting(CatalogueTopic::topic).startsWith(Topic.DIGITAL_SECURITY,
                Topic.PSYCHOSOCIAL_SECURITY, Topic.INNOVATION).contains(added);
        CatalogueTopic stored = topics.find(added).orElseThrow();
        assertThat(stored.name()).isEqualTo("Legal support");
        topics.save(stored.renamed("Legal aid"));
        assertThat(topics.find(added).orElseThrow().name()).isEqualTo("Legal aid");
        assertThatThrownBy(() -> topics.save(stored.renamed("Stale"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> topics.save(CatalogueTopic.add(added, "Again")))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("slug"));
    }

    @Test
    void aSessionIsStoredWholeAndAProgrammeIsReadInTheOrderOfItsSlots() {
        Edition edition = edition();
        LocalDate day = edition.facts().dates().orElseThrow().start();
        Room room = rooms.save(Room.open(RoomId.generate(), edition.id(), "Studio", Optional.empty()));
        Track track = tracks.save(Track.open(TrackId.generate(), edition.id(), "Digital", Optional.empty()));
        Speaker amina = speakers.save(Speaker.add(SpeakerId.generate(), new SpeakerProfile("Amina", Optional.empty(),
                Optional.empty())));
        Speaker boris = speakers.save(Speaker.add(SpeakerId.generate(), new SpeakerProfile("Boris", Optional.empty(),
                Optional.empty())));
        List<Contributor> people = List.of(new Contributor(boris.id(), ContributionRole.TRAINER, true),
                new Contributor(amina.id(), ContributionRole.MODERATOR, false));
        ProgrammeSession partOne = ProgrammeSession.plan(SessionId.generate(), edition.id(),
                workshop(day, 9, 10, room.id(), Optional.of(track.id()), Optional.empty(), people));
        ProgrammeSession partTwo = ProgrammeSession.plan(SessionId.generate(), edition.id(),
                workshop(day, 11, 12, room.id(), Optional.empty(), Optional.of(partOne.id()), List.of()));
        ProgrammeSession panel = ProgrammeSession.plan(SessionId.generate(), edition.id(), new SessionDetails(
                SessionType.PANEL, "Opening", Optional.empty(), new TimeSlot(day, LocalTime.of(8, 0),
                        LocalTime.of(8, 45)), room.id(), Optional.empty(), Set.of(), Optional.empty(),
                LanguageCode.of("en"), Set.of(), false, Optional.empty(), List.of()));
        sessions.save(partOne);
        sessions.save(partTwo);
        ProgrammeSession storedPanel = sessions.save(panel);

        ProgrammeSession read = sessions.findById(partOne.id()).orElseThrow();
        assertThat(read.details()).isEqualTo(partOne.details());
        assertThat(read.version()).isNotNull();
        List<ProgrammeSession> programme = sessions.findByEdition(edition.id());
        assertThat(programme).extracting(ProgrammeSession::id).containsExactly(panel.id(), partOne.id(), partTwo.id());
        assertThat(programme.get(1).details()).isEqualTo(partOne.details());
        assertThat(programme.get(1).details().contributors()).containsExactlyElementsOf(people);
        assertThat(programme.get(2).details().continues()).contains(partOne.id());

        ProgrammeSession stale = sessions.findById(panel.id()).orElseThrow();
        storedPanel.revise(storedPanel.details());
        sessions.save(storedPanel);
        assertThatThrownBy(() -> sessions.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThatThrownBy(() -> sessions.delete(partOne.id())).isInstanceOf(DataIntegrityViolationException.class);
        sessions.delete(partTwo.id());
        sessions.delete(partOne.id());
        assertThat(sessions.findByEdition(edition.id())).extracting(ProgrammeSession::id).containsExactly(panel.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.session_contributor WHERE session_id = ?",
                Integer.class, partOne.id().value())).isZero();
    }

    /** The database's foreign keys refuse a room or track a session refers to, even unchecked: "in use". */
    @Test
    void roomsTracksAndTopicsAreDeletedAtTheirVersionAndTheForeignKeysGuardTheOnesInUse() {
        Edition edition = edition();
        LocalDate day = edition.facts().dates().orElseThrow().start();
        Room used = rooms.save(Room.open(RoomId.generate(), edition.id(), "Used", Optional.empty()));
        Room free = rooms.save(Room.open(RoomId.generate(), edition.id(), "Free", Optional.empty()));
        Track track = tracks.save(Track.open(TrackId.generate(), edition.id(), "Digital", Optional.empty()));
        Topic tag = new Topic("tag-" + edition.year());
        topics.save(CatalogueTopic.add(tag, "Tag"));
        sessions.save(ProgrammeSession.plan(SessionId.generate(), edition.id(), new SessionDetails(SessionType.PANEL,
                "Opening", Optional.empty(), new TimeSlot(day, LocalTime.of(8, 0), LocalTime.of(9, 0)), used.id(),
                Optional.of(track.id()), Set.of(tag), Optional.empty(), LanguageCode.of("en"), Set.of(), false,
                Optional.empty(), List.of())));

        assertThatThrownBy(() -> rooms.delete(used)).isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("programme.room.inUse"));
        assertThatThrownBy(() -> tracks.delete(track)).isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("programme.track.inUse"));
        assertThat(sessions.anyTaggedWith(tag)).isTrue();
        assertThat(sessions.anyTaggedWith(new Topic("untagged-" + edition.year()))).isFalse();

        Room stale = rooms.findById(free.id()).orElseThrow();
        rooms.save(rooms.findById(free.id()).orElseThrow());
        assertThatThrownBy(() -> rooms.delete(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        rooms.delete(rooms.findById(free.id()).orElseThrow());
        assertThat(rooms.findByEdition(edition.id())).extracting(Room::name).containsExactly("Used");

        Topic spare = new Topic("spare-" + edition.year());
        CatalogueTopic stored = topics.save(CatalogueTopic.add(spare, "Spare"));
        topics.save(stored.renamed("Spare, renamed"));
        assertThatThrownBy(() -> topics.delete(stored)).isInstanceOf(OptimisticLockingFailureException.class);
        topics.delete(topics.find(spare).orElseThrow());
        assertThat(topics.find(spare)).isEmpty();
    }

    @Test
    void theRevisionRisesWithEveryBump() {
        long before = revision.current();
        revision.bump();
        revision.bump();
        assertThat(revision.current()).isGreaterThanOrEqualTo(before + 2);
    }
}
