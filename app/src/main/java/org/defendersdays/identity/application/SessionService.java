package org.defendersdays.identity.application;

import java.util.Comparator;
import java.util.List;

import org.defendersdays.identity.application.port.in.ManageMySessionsUseCase;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.identity.application.port.out.SignedInSessions.StoredSession;
import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** A person's own sessions: listed by opaque handles, ended one by one or all at once. */
@Transactional
public class SessionService implements ManageMySessionsUseCase {

    private final SignedInSessions sessions;
    private final AuditTrail audit;

    public SessionService(SignedInSessions sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOf(PersonId person, String currentSessionId) {
        return sessions.of(person).stream()
                .sorted(Comparator.comparing(StoredSession::lastAccessedAt).reversed())
                .map(session -> new SessionSummary(handleOf(session.id()), session.createdAt(),
                        session.lastAccessedAt(), session.id().equals(currentSessionId)))
                .toList();
    }

    @Override
    public void end(PersonId person, String handle) {
        sessions.of(person).stream()
                .filter(session -> handleOf(session.id()).equals(handle))
                .findFirst()
                .ifPresent(session -> {
                    sessions.end(session.id());
                    audit.record(AuditEntry.success(person, "identity.session.ended", "account", person.toString()));
                });
    }

    @Override
    public void endAll(PersonId person) {
        sessions.endAll(person);
        audit.record(AuditEntry.success(person, "identity.session.endedAll", "account", person.toString()));
    }

    /** A one-way handle: it names the session on the page without revealing its identifier. */
    static String handleOf(String sessionId) {
        return OneTimeToken.hashOf("session:" + sessionId).substring(0, 24);
    }
}
