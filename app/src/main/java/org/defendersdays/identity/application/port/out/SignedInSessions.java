package org.defendersdays.identity.application.port.out;

import java.time.Instant;
import java.util.List;

import org.defendersdays.sharedkernel.identity.PersonId;

/** The sessions a person is signed in with. */
public interface SignedInSessions {

    List<StoredSession> of(PersonId person);

    void end(String sessionId);

    /** Ends every session of the person (after a password reset, a lock, or on request). */
    void endAll(PersonId person);

    /** A stored session; its id is a secret that stays inside identity. */
    record StoredSession(String id, Instant createdAt, Instant lastAccessedAt) {

        @Override
        public String toString() {
            return "StoredSession[hidden]";
        }
    }
}
