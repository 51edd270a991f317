package org.defendersdays.conference.domain.selection;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** What selection needs to know of an edition's call for applications. */
@ValueObject
public record CallFacts(UUID callId, UUID editionId, int year, int places, int confirmationDays, boolean asksGender,
        List<Criterion> criteria, List<Quota> quotas) {

    public CallFacts {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(editionId, "editionId");
        criteria = List.copyOf(criteria);
        quotas = List.copyOf(quotas);
    }
}
