package org.defendersdays.identity.application.port.in;

import java.time.Instant;
import java.util.List;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A person sees where they are signed in and ends sessions: one, or all at once ("sign out
 * everywhere"). Sessions are named by an opaque handle, never by their real identifier, which
 * would let anyone who saw the page take the session over.
 */
public interface ManageMySessionsUseCase {

    List<SessionSummary> sessionsOf(PersonId person, String currentSessionId);

    /** Ends one of the person's sessions; a handle that is not theirs changes nothing. */
    void end(PersonId person, String handle);

    void endAll(PersonId person);

    /** One session as the person sees it. */
    record SessionSummary(String handle, Instant signedInAt, Instant lastActiveAt, boolean current) {
    }
}
