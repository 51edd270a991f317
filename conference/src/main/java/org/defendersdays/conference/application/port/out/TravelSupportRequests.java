package org.defendersdays.conference.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Travel support requests with their sealed contact details; changes are conditional single statements. */
public interface TravelSupportRequests {

    Optional<TravelSupportRequest> findFor(EditionId edition, PersonId person);

    Optional<TravelSupportRequest> findById(EditionId edition, TravelSupportRequestId id);

    List<TravelSupportRequest> findByEdition(EditionId edition);

    Optional<byte[]> sealedContact(TravelSupportRequestId id);

    /** Stores a new request; {@code false} if the person already has one at the edition. */
    boolean insert(TravelSupportRequest request, byte[] sealedContact);

    /** Changes a request that is neither approved nor erased, and asks again (REQUESTED). */
    boolean change(TravelSupportRequestId id, SupportAmount amount, Set<SupportPurpose> purposes,
            byte[] sealedContact, Instant at);

    boolean approve(TravelSupportRequestId id, SupportAmount amount, PersonId admin, Instant at);

    boolean refuse(TravelSupportRequestId id, RefusalReason reason, PersonId admin, Instant at);

    /** Erases the contact details of every edition whose last day is before {@code endedBefore}; how many. */
    int eraseContactsOfEditionsEndedBefore(LocalDate endedBefore, Instant at);
}
