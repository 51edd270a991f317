package org.defendersdays.bootcamp.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A programme offered to one person as preparation for the conference edition they were accepted to.
 *
 * @param programme the programme offered
 * @param editionYear the year of the edition it prepares for
 * @param offeredAt when it was offered
 */
public record PreparationOffer(TrainingProgramme programme, int editionYear, Instant offeredAt) implements ValueObject {

    public PreparationOffer {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(offeredAt, "offeredAt");
    }
}
