package org.defendersdays.conference.adapter.out.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Translates between the programme's aggregates and their rows. Stored aggregates are rebuilt
 * through their {@code rehydrate} factories, so stored data passes the same checks as new data.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = { TrackId.class, SessionId.class, Optional.class })
interface AgendaRowMapper {

    @Mapping(target = "id", expression = "java(room.id().value())")
    @Mapping(target = "editionId", expression = "java(room.edition().value())")
    @Mapping(target = "name", expression = "java(room.name())")
    @Mapping(target = "note", expression = "java(room.note().orElse(null))")
    @Mapping(target = "version", expression = "java(room.version())")
    RoomRow toRow(Room room);

    default Room toDomain(RoomRow row) {
        return Room.rehydrate(new RoomId(row.id()), new EditionId(row.editionId()), row.name(),
                Optional.ofNullable(row.note()), row.version());
    }

    @Mapping(target = "id", expression = "java(track.id().value())")
    @Mapping(target = "editionId", expression = "java(track.edition().value())")
    @Mapping(target = "name", expression = "java(track.name())")
    @Mapping(target = "note", expression = "java(track.note().orElse(null))")
    @Mapping(target = "version", expression = "java(track.version())")
    TrackRow toRow(Track track);

    default Track toDomain(TrackRow row) {
        return Track.rehydrate(new TrackId(row.id()), new EditionId(row.editionId()), row.name(),
                Optional.ofNullable(row.note()), row.version());
    }

    @Mapping(target = "slug", expression = "java(topic.topic().slug())")
    @Mapping(target = "name", expression = "java(topic.name())")
    @Mapping(target = "version", expression = "java(topic.version())")
    TopicRow toRow(CatalogueTopic topic);

    default CatalogueTopic toDomain(TopicRow row) {
        return new CatalogueTopic(new Topic(row.slug()), row.name(), row.version());
    }

    @Mapping(target = "id", expression = "java(session.id().value())")
    @Mapping(target = "editionId", expression = "java(session.edition().value())")
    @Mapping(target = "type", expression = "java(session.details().type().name())")
    @Mapping(target = "title", expression = "java(session.details().title())")
    @Mapping(target = "description", expression = "java(session.details().description().orElse(null))")
    @Mapping(target = "day", expression = "java(session.details().slot().day())")
    @Mapping(target = "startTime", expression = "java(session.details().slot().start())")
    @Mapping(target = "endTime", expression = "java(session.details().slot().end())")
    @Mapping(target = "roomId", expression = "java(session.details().room().value())")
    @Mapping(target = "trackId", expression = "java(session.details().track().map(TrackId::value).orElse(null))")
    @Mapping(target = "topics", expression = "java(toSlugs(session.details().topics()))")
    @Mapping(target = "seats", expression = "java(session.details().seats().orElse(null))")
    @Mapping(target = "language", expression = "java(session.details().language().value())")
    @Mapping(target = "interpretation", expression = "java(toCodes(session.details().interpretation()))")
    @Mapping(target = "chathamHouseRule", expression = "java(session.details().chathamHouseRule())")
    @Mapping(target = "continues", expression = "java(session.details().continues().map(SessionId::value).orElse(null))")
    @Mapping(target = "contributors", expression = "java(toRows(session.details().contributors()))")
    @Mapping(target = "version", expression = "java(session.version())")
    SessionRow toRow(ProgrammeSession session);

    default ProgrammeSession toDomain(SessionRow row) {
        SessionDetails details = new SessionDetails(SessionType.valueOf(row.type()), row.title(),
                Optional.ofNullable(row.description()), new TimeSlot(row.day(), row.startTime(), row.endTime()),
                new RoomId(row.roomId()), Optional.ofNullable(row.trackId()).map(TrackId::new),
                Arrays.stream(row.topics()).map(Topic::new).collect(Collectors.toSet()),
                Optional.ofNullable(row.seats()), LanguageCode.of(row.language()),
                Arrays.stream(row.interpretation()).map(LanguageCode::of).collect(Collectors.toSet()),
                row.chathamHouseRule(), Optional.ofNullable(row.continues()).map(SessionId::new),
                row.contributors().stream().map(contributor -> new Contributor(new SpeakerId(contributor.speakerId()),
                        ContributionRole.valueOf(contributor.role()), contributor.nameWithheld())).toList());
        return ProgrammeSession.rehydrate(new SessionId(row.id()), new EditionId(row.editionId()), details,
                row.version());
    }

    /** Sorted, so the same set is always stored the same way. */
    default String[] toSlugs(Set<Topic> topics) {
        return topics.stream().map(Topic::slug).sorted().toArray(String[]::new);
    }

    default String[] toCodes(Set<LanguageCode> languages) {
        return languages.stream().map(LanguageCode::value).sorted().toArray(String[]::new);
    }

    default List<ContributorRow> toRows(List<Contributor> contributors) {
        return contributors.stream().map(contributor -> new ContributorRow(contributor.speaker().value(),
                contributor.role().name(), contributor.nameWithheld())).toList();
    }
}
