package org.defendersdays.conference.application.port.out;

import java.util.Optional;

import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Tells a participant, by mail in their language, what was decided on their visa letter or travel
 * support request. The mail carries no passport or contact details.
 */
public interface TravelNotices {

    void visaLetterDecided(PersonId person, String language, int year, RequestStatus outcome,
            Optional<RefusalReason> reason);

    void travelSupportDecided(PersonId person, String language, int year, RequestStatus outcome,
            Optional<SupportAmount> approved, Optional<RefusalReason> reason);
}
