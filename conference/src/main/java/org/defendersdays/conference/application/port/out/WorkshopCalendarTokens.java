package org.defendersdays.conference.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.defendersdays.sharedkernel.identity.PersonId;

/** The hashes of people's private calendar tokens, one per person. */
public interface WorkshopCalendarTokens {

    /** Stores the hash as the person's only token, replacing any earlier one. */
    void replace(PersonId person, String sha256, Instant createdAt);

    void revoke(PersonId person);

    Optional<PersonId> holder(String sha256);

    Optional<Instant> createdFor(PersonId person);
}
