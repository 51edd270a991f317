package org.defendersdays.conference.domain.selection;

import java.util.Collection;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The places of a call as they stand: how many are taken (offered or confirmed) in all and per
 * region. Read under the call's lock, so the answer holds until the transaction ends.
 */
@ValueObject
public record Capacity(int places, Collection<Quota> quotas, int taken, Map<String, Integer> takenByRegion) {

    public Capacity {
        quotas = java.util.List.copyOf(quotas);
        takenByRegion = Map.copyOf(takenByRegion);
    }

    /**
     * Whether one more applicant from the region may be offered a place.
     *
     * @throws SelectionRuleViolation {@code selection.decision.error.full} when every place is taken,
     *         {@code selection.decision.error.quota} when the region's hard quota is reached
     */
    public void requireRoomFor(String region) {
        if (taken >= places) {
            throw new SelectionRuleViolation("form", "selection.decision.error.full");
        }
        if (!regionHasRoom(region)) {
            throw new SelectionRuleViolation("form", "selection.decision.error.quota");
        }
    }

    public boolean hasRoomFor(String region) {
        return taken < places && regionHasRoom(region);
    }

    public boolean hasFreePlace() {
        return taken < places;
    }

    private boolean regionHasRoom(String region) {
        return quotas.stream().filter(Quota::isHard).filter(quota -> quota.region().equals(region))
                .allMatch(quota -> takenByRegion.getOrDefault(region, 0) < quota.places());
    }

    /** The same places with one more taken in the region. */
    public Capacity plusOne(String region) {
        Map<String, Integer> byRegion = new java.util.HashMap<>(takenByRegion);
        byRegion.merge(region, 1, Integer::sum);
        return new Capacity(places, quotas, taken + 1, byRegion);
    }
}
