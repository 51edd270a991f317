package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;

/**
 * A participant's own visa letter page: the edition, their request if any, and the stored details
 * (opened for them, an audited read) unless they were erased.
 */
public record MyVisaLetter(TravelEdition edition, Optional<VisaLetterRequest> request,
        Optional<PassportDetails> details) {
}
