package org.defendersdays.bootcamp.application.port.in;

import java.util.List;

import org.defendersdays.bootcamp.domain.PreparationOffer;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A signed-in member sees the programmes offered to them (and nobody else's). */
public interface BrowseOffersUseCase {

    /** The offers made to the person whose programme is in the catalogue, newest first. */
    List<PreparationOffer> offersFor(PersonId person);
}
