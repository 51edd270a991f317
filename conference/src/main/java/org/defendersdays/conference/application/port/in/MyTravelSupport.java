package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.travel.TravelSupportRequest;

/** A participant's own travel support page: the edition and their request, if any (contact details are not shown back). */
public record MyTravelSupport(TravelEdition edition, Optional<TravelSupportRequest> request) {
}
