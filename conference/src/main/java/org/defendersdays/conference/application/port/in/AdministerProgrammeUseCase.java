package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * An organiser arranges an edition's programme in the back office: rooms, tracks, the topic
 * catalogue and sessions. Each change is recorded in the audit trail (codes and ids only) and raises
 * the publication revision, in the transaction that makes it; a change that fails records nothing.
 *
 * <p>Broken rules come as {@link org.defendersdays.conference.domain.programme.ProgrammeRuleViolation}
 * (naming the field), unknown ids as {@link UnknownEdition} or {@link UnknownProgrammeItem}, edits of
 * something changed in the meantime as {@link StaleProgrammeEdit}.
 */
public interface AdministerProgrammeUseCase {

    RoomId addRoom(PersonId organiser, EditionId edition, String name, Optional<String> note);

    void reviseRoom(PersonId organiser, EditionId edition, RoomId room, long version, String name,
            Optional<String> note);

    TrackId addTrack(PersonId organiser, EditionId edition, String name, Optional<String> note);

    void reviseTrack(PersonId organiser, EditionId edition, TrackId track, long version, String name,
            Optional<String> note);

    /**
     * Removes a room of the edition, read at {@code version}; one that a session of the edition is
     * held in is refused on field {@code room} ({@code programme.room.inUse}) and nothing is removed.
     */
    void removeRoom(PersonId organiser, EditionId edition, RoomId room, long version);

    /** Removes a track, as {@link #removeRoom} a room (field {@code track}, {@code programme.track.inUse}). */
    void removeTrack(PersonId organiser, EditionId edition, TrackId track, long version);

    /** Adds a topic to the catalogue; a slug already there fails on field {@code slug}. */
    void addTopic(PersonId organiser, Topic topic, String name);

    void renameTopic(PersonId organiser, Topic topic, long version, String name);

    /**
     * Removes a topic admins added, read at {@code version}. The platform's own topics stay
     * ({@code programme.topic.builtIn}); one that any session or any edition is tagged with is refused
     * ({@code programme.topic.inUse}), both on field {@code topic}.
     */
    void removeTopic(PersonId organiser, Topic topic, long version);

    /**
     * Checks the session against the edition's programme and stores it only if nothing conflicts.
     * The check and the save hold the edition's programme, so concurrent bookings cannot both win.
     *
     * @throws SessionDoesNotFit with every conflict, if it does not fit
     */
    SessionId schedule(PersonId organiser, ScheduleSessionCommand command);

    /** @see #schedule */
    void revise(PersonId organiser, ReviseSessionCommand command);

    /** Removes a session; a part 1 that a part 2 continues is refused (field {@code continues}). */
    void remove(PersonId organiser, EditionId edition, SessionId session);
}
