package org.defendersdays.conference.application.port.out;

/**
 * The revision of what the public programme shows. Every change that alters it (a speaker's profile,
 * photo or consents) bumps it in the change's own transaction, so anything built from the programme
 * can tell it is stale.
 */
public interface PublicationRevision {

    /** Counts one more change to the public programme. */
    void bump();

    /** The revision as of now. */
    long current();
}
