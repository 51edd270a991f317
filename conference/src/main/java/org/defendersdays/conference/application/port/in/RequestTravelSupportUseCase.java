package org.defendersdays.conference.application.port.in;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A confirmed participant asks for travel support (an amount, what for, contact details while
 * travelling, sealed) and follows its status.
 *
 * @throws UnknownEdition if there is no edition in that year
 * @throws NotAConfirmedParticipant if the person holds no confirmed place at it
 */
public interface RequestTravelSupportUseCase {

    MyTravelSupport travelSupport(int year, PersonId person);

    /** @throws TravelRequestClosed if the request was approved or its details erased */
    void requestTravelSupport(RequestTravelSupportCommand command);
}
