package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Conference admins handle an edition's travel support requests: the list (amounts and status, no
 * sealed values), the contact details on an audited read, approval (possibly of a lower amount) or
 * refusal, audited, with the participant told by mail.
 *
 * @throws UnknownEdition if there is no edition in that year
 * @throws UnknownTravelRequest if the id is not a request of that edition
 */
public interface AdministerTravelSupportUseCase {

    List<TravelSupportRequest> travelSupportRequests(int year);

    /** The request; with {@code withContact}, its contact details too (an audited read). */
    OpenedTravelSupportRequest openTravelSupport(int year, TravelSupportRequestId id, PersonId admin,
            boolean withContact);

    /**
     * Grants the requested amount, or {@code amount} if given (at most the requested amount).
     *
     * @throws TravelRequestClosed if it was decided already
     * @throws org.defendersdays.conference.domain.travel.TravelRuleViolation if the amount cannot be granted
     */
    void approveTravelSupport(int year, TravelSupportRequestId id, Optional<SupportAmount> amount, PersonId admin);

    /** @throws TravelRequestClosed if it was decided already */
    void refuseTravelSupport(int year, TravelSupportRequestId id, RefusalReason reason, PersonId admin);
}
