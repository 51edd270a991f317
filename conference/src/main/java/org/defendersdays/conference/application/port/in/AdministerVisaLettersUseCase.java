package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Conference admins handle an edition's visa letter requests: the list (no sealed values), one
 * request opened (an audited read), approval or refusal (audited, the participant told by mail in
 * their language), and the letter itself.
 *
 * @throws UnknownEdition if there is no edition in that year
 * @throws UnknownTravelRequest if the id is not a request of that edition
 */
public interface AdministerVisaLettersUseCase {

    List<VisaLetterRequest> visaLetterRequests(int year);

    OpenedVisaLetterRequest open(int year, VisaLetterRequestId id, PersonId admin);

    /** @throws TravelRequestClosed if it was decided already or its details erased */
    void approve(int year, VisaLetterRequestId id, PersonId admin);

    /** @throws TravelRequestClosed if it was decided already or its details erased */
    void refuse(int year, VisaLetterRequestId id, RefusalReason reason, PersonId admin);

    /** @throws LetterNotAvailable if the request is not approved or its details erased */
    VisaLetterDocument letter(int year, VisaLetterRequestId id, PersonId admin);
}
