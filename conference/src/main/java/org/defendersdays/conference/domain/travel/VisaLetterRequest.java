package org.defendersdays.conference.domain.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * One person's visa letter request for one edition, without its (sealed) passport details: what
 * lists and status pages show.
 *
 * @param erased whether the passport details were erased after the conference
 */
public record VisaLetterRequest(VisaLetterRequestId id, EditionId edition, PersonId person, RequestStatus status,
        Optional<RefusalReason> refusal, Instant requestedAt, Optional<Instant> decidedAt, boolean erased) {

    public VisaLetterRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if ((status == RequestStatus.REFUSED) != refusal.isPresent()) {
            throw new IllegalArgumentException("a refused request, and only that, has a reason");
        }
    }

    /** The participant may still correct the details: not approved, and not erased. */
    public boolean correctable() {
        return status != RequestStatus.APPROVED && !erased;
    }

    /** A letter can be produced: approved, and the details are still there. */
    public boolean letterAvailable() {
        return status == RequestStatus.APPROVED && !erased;
    }
}
