package org.defendersdays.conference.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;

/** Where trainers, panellists and speakers are kept, with their recorded consents. */
public interface Speakers {

    /**
     * Stores a new speaker or the changes to a stored one (profile, photo, consents); returns it with
     * its new version. A stale version fails with Spring's optimistic-locking exception.
     */
    Speaker save(Speaker speaker);

    Optional<Speaker> findById(SpeakerId id);

    /** The speakers with these ids (unknown ids are left out), by id. */
    Map<SpeakerId, Speaker> findByIds(Collection<SpeakerId> ids);

    /** Every speaker, by name. */
    List<Speaker> findAll();
}
