package org.defendersdays.conference.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Writes and single reads of sessions; whole programmes are read by {@link JdbcProgrammeSessions} in two queries. */
interface SessionRowRepository extends ListCrudRepository<SessionRow, UUID> {
}
