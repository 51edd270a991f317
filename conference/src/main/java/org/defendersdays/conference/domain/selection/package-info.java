/**
 * Selecting who comes to an edition: blind review against a call's criteria, the decisions
 * (accept, a ranked waitlist, decline), the places offered and confirmed, and who moves up when a
 * place comes free. Plain Java, no framework: the counting that must hold under concurrency is done
 * by the database, under a lock on the call.
 */
package org.defendersdays.conference.domain.selection;
