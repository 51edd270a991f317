package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;

/** Where the sessions of each edition's programme are kept, with their contributors. */
public interface ProgrammeSessions {

    /**
     * Holds the edition's programme for the rest of the transaction: a second transaction asking
     * for the same edition waits until this one ends. Whoever checks the schedule and then saves
     * holds it first, so two admins cannot book one room (or person) at the same moment.
     */
    void holdProgramme(EditionId edition);

    /**
     * Holds every edition's programme, as {@link #holdProgramme} does one (always in the same order,
     * so two holders of all cannot deadlock): for a change that concerns every programme at once,
     * such as removing a topic of the catalogue.
     */
    void holdAllProgrammes();

    /** Whether any session, of any edition, is tagged with the topic. */
    boolean anyTaggedWith(Topic topic);

    /** Stores a new session or changes to a stored one; a stale version fails with Spring's optimistic-locking exception. */
    ProgrammeSession save(ProgrammeSession session);

    Optional<ProgrammeSession> findById(SessionId id);

    /** The edition's sessions in the order of their slots (then title), in a fixed number of queries. */
    List<ProgrammeSession> findByEdition(EditionId edition);

    void delete(SessionId id);
}
