package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;

/** Where the tracks of each edition's programme are kept. */
public interface Tracks {

    /** Stores a new track or changes to a stored one; a stale version fails with Spring's optimistic-locking exception. */
    Track save(Track track);

    Optional<Track> findById(TrackId id);

    /** The edition's tracks, by name. */
    List<Track> findByEdition(EditionId edition);

    /**
     * Removes a stored track. A stale version fails with Spring's optimistic-locking exception; a track
     * a session still refers to (the database's foreign key) with
     * {@link org.defendersdays.conference.domain.programme.ProgrammeRuleViolation} on field {@code track}.
     */
    void delete(Track track);
}
