package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;

/**
 * Anyone reads a published programme (agenda): only editions whose programme is published, or which
 * are archived, have one. Each answer carries the publication revision it was read at, so pages built
 * from it can be cached and validated by that number. Speakers come whole: what of them may be shown
 * is the page's business, through {@link Speaker#nameOn} and {@link Speaker#publicProfile()}.
 * Each call is a fixed handful of queries, however many sessions there are.
 */
public interface BrowsePublishedProgrammeUseCase {

    /** The agenda of the year's edition; empty unless it is published (or archived). */
    Optional<PublishedProgramme> publishedProgramme(int year);

    /** One session of the year's published agenda, with what it refers to; empty if there is none. */
    Optional<PublishedSession> findSession(int year, SessionId session);

    /** The current publication revision: one primary-key lookup. */
    long revision();

    /**
     * @param topicNames the stored name of every topic of the catalogue (built-in topics have translated names too)
     * @param sessions in the order of their slots
     * @param speakers every speaker the sessions name
     * @param revision the publication revision this was read at
     */
    record PublishedProgramme(Edition edition, List<Room> rooms, List<Track> tracks, Map<Topic, String> topicNames,
            List<ProgrammeSession> sessions, Map<SpeakerId, Speaker> speakers, long revision) {

        public PublishedProgramme {
            rooms = List.copyOf(rooms);
            tracks = List.copyOf(tracks);
            topicNames = Map.copyOf(topicNames);
            sessions = List.copyOf(sessions);
            speakers = Map.copyOf(speakers);
        }

        public Optional<Room> room(RoomId id) {
            return rooms.stream().filter(room -> room.id().equals(id)).findFirst();
        }

        public Optional<Track> track(TrackId id) {
            return tracks.stream().filter(track -> track.id().equals(id)).findFirst();
        }
    }

    /**
     * @param previousPart the workshop part this one continues, if any
     * @param nextPart the workshop part continuing this one, if any
     */
    record PublishedSession(Edition edition, ProgrammeSession session, Room room, Optional<Track> track,
            Map<Topic, String> topicNames, Map<SpeakerId, Speaker> speakers, Optional<ProgrammeSession> previousPart,
            Optional<ProgrammeSession> nextPart, long revision) {

        public PublishedSession {
            topicNames = Map.copyOf(topicNames);
            speakers = Map.copyOf(speakers);
        }
    }
}
