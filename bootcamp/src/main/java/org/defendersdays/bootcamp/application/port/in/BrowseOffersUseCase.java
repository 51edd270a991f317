package org.defendersdays.bootcamp.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A signed-in member sees the programmes offered to them (and nobody else's). */
public interface BrowseOffersUseCase {

    /** The offers made to the person whose programme is in the catalogue, newest first. */
    List<Offer> offersFor(PersonId person);

    /**
     * A programme offered to one person as preparation for the conference edition they were accepted to.
     *
     * @param programme the programme offered
     * @param editionYear the year of the edition it prepares for
     * @param offeredAt when it was offered
     */
    record Offer(TrainingProgramme programme, int editionYear, Instant offeredAt) {

        public Offer {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(offeredAt, "offeredAt");
        }
    }
}
