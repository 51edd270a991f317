package org.defendersdays.bootcamp.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/** Where programmes are kept. */
public interface Programmes {

    /**
     * Stores a new programme or the changes to a stored one; returns it with its new version. The
     * store refuses a second programme with the same slug, even when two are saved at once.
     */
    TrainingProgramme save(TrainingProgramme programme);

    Optional<TrainingProgramme> findById(ProgrammeId id);

    Optional<TrainingProgramme> findBySlug(ProgrammeSlug slug);

    /** The published programmes, in no particular order. */
    List<TrainingProgramme> findPublished();

    /** Every programme, drafts and retired ones included, in no particular order. */
    List<TrainingProgramme> findAll();

    boolean existsWithSlug(ProgrammeSlug slug);
}
