package org.defendersdays.bootcamp.application.port.in;

import java.util.List;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/** Bootcamp admins see every programme, drafts and retired ones included, to manage them. */
public interface BrowseAllProgrammesUseCase {

    /** Every programme, by slug. */
    List<TrainingProgramme> allProgrammes();

    /**
     * @throws UnknownProgramme if there is no such programme
     */
    TrainingProgramme programme(ProgrammeId id);
}
