package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;

/** Where editions are kept. */
public interface Editions {

    /** Stores a new edition or the changes to a stored one; returns it with its new version. */
    Edition save(Edition edition);

    Optional<Edition> findById(EditionId id);

    Optional<Edition> findByYear(int year);

    /** Announced and archived editions, newest year first. */
    List<Edition> findPublic();

    /** Every edition, drafts included, newest year first. */
    List<Edition> findAll();

    boolean existsForYear(int year);
}
