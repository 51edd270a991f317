package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.Track;

/** Organisers see an edition's whole programme, published or not, to arrange it in the back office. */
public interface BrowseProgrammeUseCase {

    /**
     * @throws UnknownEdition if there is no such edition
     */
    ProgrammeOverview programme(EditionId edition);

    /**
     * @throws UnknownProgrammeItem if the edition has no such session
     */
    ProgrammeSession session(EditionId edition, SessionId session);

    /** The topic catalogue, the platform's own first. */
    List<CatalogueTopic> topics();

    /**
     * An edition's programme as the back office needs it: everything to show the sessions and to
     * fill the session form's choices.
     *
     * @param sessions in the order of their slots
     * @param speakers every speaker (any of them may be chosen), by name
     */
    record ProgrammeOverview(Edition edition, List<Room> rooms, List<Track> tracks, List<CatalogueTopic> topics,
            List<ProgrammeSession> sessions, List<Speaker> speakers) {

        public ProgrammeOverview {
            rooms = List.copyOf(rooms);
            tracks = List.copyOf(tracks);
            topics = List.copyOf(topics);
            sessions = List.copyOf(sessions);
            speakers = List.copyOf(speakers);
        }
    }
}
