package org.defendersdays.bootcamp.application.port.in;

import java.util.List;

import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/** Anyone browses the catalogue of published programmes. */
public interface BrowseCatalogueUseCase {

    /** The published programmes, sorted by title as a reader would sort them. */
    List<TrainingProgramme> catalogue();

    /**
     * @throws UnknownProgramme if no published programme has that slug
     */
    TrainingProgramme publishedProgramme(ProgrammeSlug slug);
}
