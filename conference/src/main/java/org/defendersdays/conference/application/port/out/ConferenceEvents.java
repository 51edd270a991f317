package org.defendersdays.conference.application.port.out;

import org.defendersdays.conference.domain.Edition;

/**
 * Tells the other modules what happened in the conference. Called inside the transaction that made
 * the change, so the message is stored with it (the outbox) and never lost or sent for a change
 * that was rolled back.
 */
public interface ConferenceEvents {

    void editionAnnounced(Edition edition);
}
