package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;

/** Where the rooms of each edition's venue are kept. */
public interface Rooms {

    /** Stores a new room or changes to a stored one; a stale version fails with Spring's optimistic-locking exception. */
    Room save(Room room);

    Optional<Room> findById(RoomId id);

    /** The edition's rooms, by name. */
    List<Room> findByEdition(EditionId edition);

    /**
     * Removes a stored room. A stale version fails with Spring's optimistic-locking exception; a room
     * a session still refers to (the database's foreign key) with
     * {@link org.defendersdays.conference.domain.programme.ProgrammeRuleViolation} on field {@code room}.
     */
    void delete(Room room);
}
