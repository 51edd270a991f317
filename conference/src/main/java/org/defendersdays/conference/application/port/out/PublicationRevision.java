package org.defendersdays.conference.application.port.out;

/**
 * One number for everything the public programme shows. Every write that changes public programme
 * data (an edition, its rooms, tracks, topics, sessions, speakers and their consents) calls
 * {@link #bump()} in its own transaction, so the number changes exactly when (and only if) the change
 * commits; the public agenda keys its cached pages and ETags by {@link #current()}.
 * Both are one primary-key lookup.
 */
public interface PublicationRevision {

    /** Raises the revision; call it inside the transaction that makes the change. */
    void bump();

    /** The revision as of now. */
    long current();
}
