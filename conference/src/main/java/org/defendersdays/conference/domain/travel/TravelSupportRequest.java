package org.defendersdays.conference.domain.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * One person's request for travel support at one edition, without its (sealed) contact details.
 *
 * @param approved the amount granted, in the requested currency, once approved (at most the request)
 */
public record TravelSupportRequest(TravelSupportRequestId id, EditionId edition, PersonId person,
        SupportAmount requested, Set<SupportPurpose> purposes, RequestStatus status, Optional<SupportAmount> approved,
        Optional<RefusalReason> refusal, Instant requestedAt, Optional<Instant> decidedAt, boolean erased) {

    public TravelSupportRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(requested, "requested");
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (purposes.isEmpty()) {
            throw new TravelRuleViolation("purposes", "travel.error.purposes.required");
        }
    }

    /** The participant may still change the request: not approved, and not erased. */
    public boolean changeable() {
        return status != RequestStatus.APPROVED && !erased;
    }

    /**
     * Checks an amount an admin means to grant: same currency, more than nothing, at most what was asked.
     */
    public SupportAmount grantable(SupportAmount amount) {
        if (amount.currency() != requested.currency()) {
            throw new TravelRuleViolation("approvedAmount", "travel.error.approvedAmount.currency");
        }
        if (amount.amount().compareTo(requested.amount()) > 0) {
            throw new TravelRuleViolation("approvedAmount", "travel.error.approvedAmount.moreThanRequested");
        }
        return amount;
    }
}
