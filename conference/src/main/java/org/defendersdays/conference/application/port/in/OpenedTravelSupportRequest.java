package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.travel.TravelContact;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;

/** A travel support request with its contact details, opened by an admin (an audited read), unless erased. */
public record OpenedTravelSupportRequest(TravelEdition edition, TravelSupportRequest request,
        Optional<TravelContact> contact) {
}
