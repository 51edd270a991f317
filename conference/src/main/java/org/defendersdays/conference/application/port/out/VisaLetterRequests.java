package org.defendersdays.conference.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Visa letter requests with their sealed passport details. Every change is one conditional
 * statement, so two people acting at once cannot both win (the loser gets {@code false}).
 */
public interface VisaLetterRequests {

    Optional<VisaLetterRequest> findFor(EditionId edition, PersonId person);

    Optional<VisaLetterRequest> findById(EditionId edition, VisaLetterRequestId id);

    /** The edition's requests, oldest first. */
    List<VisaLetterRequest> findByEdition(EditionId edition);

    /** The sealed passport details, unless erased. */
    Optional<byte[]> sealedPassport(VisaLetterRequestId id);

    /** Stores a new request; {@code false} if the person already has one at the edition. */
    boolean insert(VisaLetterRequest request, byte[] sealedPassport);

    /** Replaces the details of a request that is neither approved nor erased, and asks again (REQUESTED). */
    boolean correct(VisaLetterRequestId id, byte[] sealedPassport, Instant at);

    /** Approves a request that is REQUESTED and not erased. */
    boolean approve(VisaLetterRequestId id, PersonId admin, Instant at);

    /** Refuses a request that is REQUESTED and not erased. */
    boolean refuse(VisaLetterRequestId id, RefusalReason reason, PersonId admin, Instant at);

    /** Erases the passport details of every edition whose last day is before {@code endedBefore}; how many. */
    int erasePassportsOfEditionsEndedBefore(LocalDate endedBefore, Instant at);
}
