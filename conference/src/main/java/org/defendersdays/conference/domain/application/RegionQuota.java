package org.defendersdays.conference.domain.application;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** Places a call sets aside (QUOTA: at most) or aims for (TARGET: at least) for one region of work. */
public record RegionQuota(RegionOfWork region, QuotaKind kind, int places) implements ValueObject {

    public RegionQuota {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
        if (places < 0 || places > CallTerms.MAX_PLACES) {
            throw new ApplicationRuleViolation("quota." + region, "application.call.quota.outOfRange");
        }
    }
}
