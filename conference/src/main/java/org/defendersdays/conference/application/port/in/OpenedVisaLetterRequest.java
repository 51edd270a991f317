package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;

/** A visa letter request opened by an admin (an audited read), with its details unless erased. */
public record OpenedVisaLetterRequest(TravelEdition edition, VisaLetterRequest request,
        Optional<PassportDetails> details) {
}
