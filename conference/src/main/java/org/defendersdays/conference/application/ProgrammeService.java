package org.defendersdays.conference.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublicSpeakersUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.ReviseSessionCommand;
import org.defendersdays.conference.application.port.in.ScheduleSessionCommand;
import org.defendersdays.conference.application.port.in.SessionDoesNotFit;
import org.defendersdays.conference.application.port.in.StaleProgrammeEdit;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownProgrammeItem;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Rooms;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.conference.application.port.out.Tracks;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.ScheduleCheck;
import org.defendersdays.conference.domain.programme.ScheduleConflict;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme use cases: arranging an edition's rooms, tracks, topics and sessions in the back
 * office (each change audited and raising the publication revision in its transaction), and reading
 * programmes, for the back office and, once published, for the public.
 *
 * <p>A session is checked against the programme while the edition's programme is held (a row lock),
 * and stored only if nothing conflicts; the revision is raised last, so every writer takes the locks
 * in the same order (programme, then revision).
 */
@Transactional
public class ProgrammeService implements AdministerProgrammeUseCase, BrowseProgrammeUseCase,
        BrowsePublishedProgrammeUseCase, BrowsePublicSpeakersUseCase {

    private final Editions editions;
    private final Rooms rooms;
    private final Tracks tracks;
    private final TopicCatalogue topics;
    private final ProgrammeSessions sessions;
    private final Speakers speakers;
    private final PublicationRevision revision;
    private final AuditTrail audit;

    public ProgrammeService(Editions editions, Rooms rooms, Tracks tracks, TopicCatalogue topics,
            ProgrammeSessions sessions, Speakers speakers, PublicationRevision revision, AuditTrail audit) {
        this.editions = editions;
        this.rooms = rooms;
        this.tracks = tracks;
        this.topics = topics;
        this.sessions = sessions;
        this.speakers = speakers;
        this.revision = revision;
        this.audit = audit;
    }

    // ---- rooms and tracks

    @Override
    public RoomId addRoom(PersonId organiser, EditionId edition, String name, Optional<String> note) {
        edition(edition);
        Room room = rooms.save(Room.open(RoomId.generate(), edition, name, note));
        changed(organiser, "conference.programme.roomAdded", "room", room.id().toString());
        return room.id();
    }

    @Override
    public void reviseRoom(PersonId organiser, EditionId edition, RoomId id, long version, String name,
            Optional<String> note) {
        Room room = rooms.findById(id).filter(found -> found.edition().equals(edition))
                .orElseThrow(UnknownProgrammeItem::new);
        checkVersion(room.version(), version);
        room.rename(name, note);
        rooms.save(room);
        changed(organiser, "conference.programme.roomRevised", "room", id.toString());
    }

    @Override
    public void removeRoom(PersonId organiser, EditionId edition, RoomId id, long version) {
        edition(edition);
        sessions.holdProgramme(edition);
        Room room = rooms.findById(id).filter(found -> found.edition().equals(edition))
                .orElseThrow(UnknownProgrammeItem::new);
        checkVersion(room.version(), version);
        if (sessions.findByEdition(edition).stream().anyMatch(session -> session.details().room().equals(id))) {
            throw new ProgrammeRuleViolation("room", "programme.room.inUse");
        }
        rooms.delete(room);
        changed(organiser, "conference.programme.roomRemoved", "room", id.toString());
    }

    @Override
    public TrackId addTrack(PersonId organiser, EditionId edition, String name, Optional<String> note) {
        edition(edition);
        Track track = tracks.save(Track.open(TrackId.generate(), edition, name, note));
        changed(organiser, "conference.programme.trackAdded", "track", track.id().toString());
        return track.id();
    }

    @Override
    public void reviseTrack(PersonId organiser, EditionId edition, TrackId id, long version, String name,
            Optional<String> note) {
        Track track = tracks.findById(id).filter(found -> found.edition().equals(edition))
                .orElseThrow(UnknownProgrammeItem::new);
        checkVersion(track.version(), version);
        track.rename(name, note);
        tracks.save(track);
        changed(organiser, "conference.programme.trackRevised", "track", id.toString());
    }

    @Override
    public void removeTrack(PersonId organiser, EditionId edition, TrackId id, long version) {
        edition(edition);
        sessions.holdProgramme(edition);
        Track track = tracks.findById(id).filter(found -> found.edition().equals(edition))
                .orElseThrow(UnknownProgrammeItem::new);
        checkVersion(track.version(), version);
        if (sessions.findByEdition(edition).stream()
                .anyMatch(session -> session.details().track().filter(id::equals).isPresent())) {
            throw new ProgrammeRuleViolation("track", "programme.track.inUse");
        }
        tracks.delete(track);
        changed(organiser, "conference.programme.trackRemoved", "track", id.toString());
    }

    // ---- topics

    @Override
    public void addTopic(PersonId organiser, Topic topic, String name) {
        if (topics.find(topic).isPresent()) {
            throw new ProgrammeRuleViolation("slug", "programme.topic.slugTaken");
        }
        topics.save(CatalogueTopic.add(topic, name));
        changed(organiser, "conference.programme.topicAdded", "topic", topic.slug());
    }

    @Override
    public void renameTopic(PersonId organiser, Topic topic, long version, String name) {
        CatalogueTopic stored = topics.find(topic).orElseThrow(UnknownProgrammeItem::new);
        checkVersion(stored.version(), version);
        topics.save(stored.renamed(name));
        changed(organiser, "conference.programme.topicRenamed", "topic", topic.slug());
    }

    /**
     * Sessions name their topics by code (no foreign key), so every programme is held while the
     * catalogue is checked and the topic removed: a session being scheduled meanwhile checks its
     * topics only once it holds its programme, after this removal.
     */
    @Override
    public void removeTopic(PersonId organiser, Topic topic, long version) {
        if (topic.isBuiltIn()) {
            throw new ProgrammeRuleViolation("topic", "programme.topic.builtIn");
        }
        sessions.holdAllProgrammes();
        CatalogueTopic stored = topics.find(topic).orElseThrow(UnknownProgrammeItem::new);
        checkVersion(stored.version(), version);
        if (sessions.anyTaggedWith(topic)
                || editions.findAll().stream().anyMatch(edition -> edition.facts().topics().contains(topic))) {
            throw new ProgrammeRuleViolation("topic", "programme.topic.inUse");
        }
        topics.delete(stored);
        changed(organiser, "conference.programme.topicRemoved", "topic", topic.slug());
    }

    // ---- sessions

    @Override
    public SessionId schedule(PersonId organiser, ScheduleSessionCommand command) {
        Edition edition = edition(command.edition());
        ProgrammeSession session = ProgrammeSession.plan(SessionId.generate(), edition.id(), command.details());
        fit(edition, session);
        sessions.save(session);
        changed(organiser, "conference.programme.sessionScheduled", "session", session.id().toString());
        return session.id();
    }

    @Override
    public void revise(PersonId organiser, ReviseSessionCommand command) {
        Edition edition = edition(command.edition());
        sessions.holdProgramme(edition.id());
        ProgrammeSession session = sessions.findById(command.session())
                .filter(found -> found.edition().equals(edition.id())).orElseThrow(UnknownProgrammeItem::new);
        checkVersion(session.version(), command.version());
        session.revise(command.details());
        fit(edition, session);
        sessions.save(session);
        changed(organiser, "conference.programme.sessionRevised", "session", session.id().toString());
    }

    @Override
    public void remove(PersonId organiser, EditionId editionId, SessionId id) {
        Edition edition = edition(editionId);
        sessions.holdProgramme(edition.id());
        List<ProgrammeSession> programme = sessions.findByEdition(edition.id());
        if (programme.stream().noneMatch(session -> session.id().equals(id))) {
            throw new UnknownProgrammeItem();
        }
        if (programme.stream().anyMatch(session -> session.details().continues().filter(id::equals).isPresent())) {
            throw new ProgrammeRuleViolation("continues", "programme.session.continuedByAnother");
        }
        sessions.delete(id);
        changed(organiser, "conference.programme.sessionRemoved", "session", id.toString());
    }

    /**
     * Everything a session refers to must exist in its edition, and it must fit the programme, which
     * is held from here to the end of the transaction (before the checks, so a room, track or topic
     * being removed meanwhile is either gone or still there when they run).
     */
    private void fit(Edition edition, ProgrammeSession session) {
        sessions.holdProgramme(edition.id());
        SessionDetails details = session.details();
        if (rooms.findById(details.room()).filter(room -> room.edition().equals(edition.id())).isEmpty()) {
            throw new ProgrammeRuleViolation("room", "programme.session.roomUnknown");
        }
        if (details.track().isPresent() && tracks.findById(details.track().get())
                .filter(track -> track.edition().equals(edition.id())).isEmpty()) {
            throw new ProgrammeRuleViolation("track", "programme.session.trackUnknown");
        }
        Set<Topic> known = new HashSet<>(topics.findAll().stream().map(CatalogueTopic::topic).toList());
        if (!known.containsAll(details.topics())) {
            throw new ProgrammeRuleViolation("topics", "programme.session.topicUnknown");
        }
        List<LanguageCode> offered = edition.facts().languages();
        if (!offered.isEmpty() && !offered.contains(details.language())) {
            throw new ProgrammeRuleViolation("language", "programme.session.languageNotOffered");
        }
        if (!offered.isEmpty() && !offered.containsAll(details.interpretation())) {
            throw new ProgrammeRuleViolation("interpretation", "programme.session.languageNotOffered");
        }
        List<SpeakerId> people = details.contributors().stream().map(Contributor::speaker).toList();
        if (speakers.findByIds(people).size() < people.size()) {
            throw new ProgrammeRuleViolation("contributors", "programme.session.speakerUnknown");
        }
        List<ScheduleConflict> conflicts = ScheduleCheck.conflicts(session, edition.facts().dates(),
                sessions.findByEdition(edition.id()));
        if (!conflicts.isEmpty()) {
            throw new SessionDoesNotFit(conflicts);
        }
    }

    private static void checkVersion(Long stored, long seen) {
        if (stored == null || stored != seen) {
            throw new StaleProgrammeEdit();
        }
    }

    private Edition edition(EditionId id) {
        return editions.findById(id).orElseThrow(UnknownEdition::new);
    }

    private void changed(PersonId organiser, String action, String targetType, String targetId) {
        revision.bump();
        audit.record(AuditEntry.success(organiser, action, targetType, targetId));
    }

    // ---- reading, back office

    @Override
    @Transactional(readOnly = true)
    public ProgrammeOverview programme(EditionId id) {
        Edition edition = edition(id);
        return new ProgrammeOverview(edition, rooms.findByEdition(id), tracks.findByEdition(id), topics.findAll(),
                sessions.findByEdition(id), speakers.findAll());
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammeSession session(EditionId edition, SessionId id) {
        return sessions.findById(id).filter(session -> session.edition().equals(edition))
                .orElseThrow(UnknownProgrammeItem::new);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogueTopic> topics() {
        return topics.findAll();
    }

    // ---- reading, public

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedProgramme> publishedProgramme(int year) {
        long current = revision.current();
        return publishedEdition(year).map(edition -> {
            List<ProgrammeSession> programme = sessions.findByEdition(edition.id());
            return new PublishedProgramme(edition, rooms.findByEdition(edition.id()),
                    tracks.findByEdition(edition.id()), topicNames(), programme,
                    speakers.findByIds(speakersOf(programme)), current);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedSession> findSession(int year, SessionId id) {
        Objects.requireNonNull(id, "id");
        long current = revision.current();
        return publishedEdition(year).flatMap(edition -> sessions.findById(id)
                .filter(session -> session.edition().equals(edition.id()))
                .map(session -> {
                    SessionDetails details = session.details();
                    Optional<ProgrammeSession> previous = details.continues().flatMap(sessions::findById);
                    Optional<ProgrammeSession> next = sessions.findByEdition(edition.id()).stream()
                            .filter(other -> other.details().continues().filter(id::equals).isPresent())
                            .findFirst();
                    return new PublishedSession(edition, session, rooms.findById(details.room()).orElseThrow(),
                            details.track().flatMap(tracks::findById), topicNames(),
                            speakers.findByIds(speakersOf(List.of(session))), previous, next, current);
                }));
    }

    /** One primary-key lookup, asked on every public page view: no transaction around it (one round trip). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public long revision() {
        return revision.current();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicSpeaker> publicSpeaker(SpeakerId id) {
        Objects.requireNonNull(id, "id");
        long current = revision.current();
        return speakers.findById(id).flatMap(speaker -> speaker.publicProfile().map(profile -> {
            List<NamedContribution> named = new ArrayList<>();
            for (Edition edition : editions.findPublic()) {
                if (!edition.status().showsAgenda()) {
                    continue;
                }
                for (ProgrammeSession session : sessions.findByEdition(edition.id())) {
                    session.details().contributors().stream()
                            .filter(contributor -> contributor.speaker().equals(id) && !contributor.nameWithheld())
                            .findFirst()
                            .ifPresent(contributor -> named.add(new NamedContribution(edition, session,
                                    contributor.role())));
                }
            }
            return new PublicSpeaker(profile, named, current);
        }));
    }

    private Optional<Edition> publishedEdition(int year) {
        return editions.findByYear(year).filter(edition -> edition.status().showsAgenda());
    }

    private Map<Topic, String> topicNames() {
        Map<Topic, String> names = new LinkedHashMap<>();
        topics.findAll().forEach(topic -> names.put(topic.topic(), topic.name()));
        return names;
    }

    private static Collection<SpeakerId> speakersOf(List<ProgrammeSession> programme) {
        return programme.stream().flatMap(session -> session.details().contributors().stream())
                .map(Contributor::speaker).distinct().toList();
    }
}
