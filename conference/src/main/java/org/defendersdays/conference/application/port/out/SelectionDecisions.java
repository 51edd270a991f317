package org.defendersdays.conference.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.Applicant;
import org.defendersdays.conference.domain.selection.Capacity;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.Decision;
import org.defendersdays.conference.domain.selection.Waitlist;

/**
 * Selection decisions and places in PostgreSQL. Everything that counts places runs after {@link
 * #holdCall}, which locks the call's row until the transaction ends: accepts, promotions and
 * answers to one call are serialized, so places and quotas are never exceeded.
 */
public interface SelectionDecisions {

    /** Locks the call's row (FOR UPDATE) until the transaction ends. */
    void holdCall(UUID callId);

    /** Places taken (offered or confirmed, by applications still submitted), in all and per region. */
    Capacity capacity(CallFacts call);

    Optional<Decision> decision(UUID applicationId);

    /** All decisions of an edition, by application. */
    Map<UUID, Decision> decisions(UUID editionId);

    /**
     * Stores the decision: inserted if its version is 0 (refused if one exists meanwhile), otherwise
     * updated if the stored version is still the one it was read at.
     *
     * @return false if someone else decided meanwhile (nothing stored)
     */
    boolean store(Decision decision, UUID editionId);

    Waitlist waitlist(UUID editionId);

    /** Writes the ranks 1..n of the waitlisted applications in this order. */
    void rank(UUID editionId, Waitlist waitlist);

    Optional<Applicant> applicant(UUID applicationId);

    /** The person's application to the call of the edition of that year. */
    Optional<Applicant> applicationOf(org.defendersdays.sharedkernel.identity.PersonId person, int year);

    /** Marks or unmarks the application high risk. */
    boolean markHighRisk(UUID applicationId, boolean highRisk);

    /** The calls with an offered place past its deadline, or with a place held by a withdrawn application. */
    List<UUID> callsNeedingHousekeeping(Instant now);

    /** The applications whose offered place is past its deadline. */
    List<UUID> overdueOffers(UUID callId, Instant now);

    /** Gives back the places held by applications withdrawn since: marked DECLINED. */
    int releaseWithdrawnPlaces(UUID callId, Instant now);

    Optional<CallFacts> call(UUID callId);
}
