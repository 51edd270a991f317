package org.defendersdays.conference.application.port.out;

import java.util.UUID;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Tells the other modules what happened in the conference. Called inside the transaction that made
 * the change, so the message is stored with it (the outbox) and never lost or sent for a change
 * that was rolled back.
 */
public interface ConferenceEvents {

    void editionAnnounced(Edition edition);

    /** A person's application was accepted (or they moved up from the waitlist into a place). */
    void applicationAccepted(UUID editionId, int year, PersonId person);
}
