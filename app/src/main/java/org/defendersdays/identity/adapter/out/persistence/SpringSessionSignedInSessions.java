package org.defendersdays.identity.adapter.out.persistence;

import java.util.List;

import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Sessions from Spring Session's JDBC store, indexed by the principal name (the person's id). */
@Component
class SpringSessionSignedInSessions implements SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    SpringSessionSignedInSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    @Override
    public List<StoredSession> of(PersonId person) {
        return repository.findByPrincipalName(person.toString()).values().stream()
                .map(session -> new StoredSession(session.getId(), session.getCreationTime(),
                        session.getLastAccessedTime()))
                .toList();
    }

    @Override
    public void end(String sessionId) {
        repository.deleteById(sessionId);
    }

    @Override
    public void endAll(PersonId person) {
        repository.findByPrincipalName(person.toString()).keySet().forEach(repository::deleteById);
    }
}
