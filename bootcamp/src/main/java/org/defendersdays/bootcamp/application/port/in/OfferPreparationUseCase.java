package org.defendersdays.bootcamp.application.port.in;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Once the conference accepts a person, the bootcamp offers them its preparation for that edition, if any. */
public interface OfferPreparationUseCase {

    /**
     * Safe to call again, also at the same time: the person gets one offer per programme. Does
     * nothing if no programme prepares for that edition.
     *
     * @return whether this call made an offer
     */
    boolean offerTo(int editionYear, PersonId person);
}
