package org.defendersdays.conference.adapter.out.persistence;

import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The publication revision: one row of {@code conference.publication_revision}. Raising it takes the
 * row's lock until the transaction ends, so revisions follow commits one by one.
 */
@Component
class JdbcPublicationRevision implements PublicationRevision {

    private final JdbcTemplate jdbc;

    JdbcPublicationRevision(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bump() {
        jdbc.update("UPDATE conference.publication_revision SET revision = revision + 1 WHERE id");
    }

    @Override
    public long current() {
        Long revision = jdbc.queryForObject("SELECT revision FROM conference.publication_revision WHERE id",
                Long.class);
        return revision == null ? 0 : revision;
    }
}
