package org.defendersdays.conference.adapter.out.persistence;

import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publication revision as the one row of {@code conference.publication_revision}. Bumping it
 * updates that row, so concurrent changes to the public programme queue behind each other's commit
 * and every committed change has a revision of its own.
 */
@Component
class JdbcPublicationRevision implements PublicationRevision {

    private final JdbcClient jdbc;

    JdbcPublicationRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bump() {
        int rows = jdbc.sql("UPDATE conference.publication_revision SET revision = revision + 1 WHERE id = 1").update();
        if (rows != 1) {
            throw new IllegalStateException("conference.publication_revision has lost its row");
        }
    }

    @Override
    public long current() {
        return jdbc.sql("SELECT revision FROM conference.publication_revision WHERE id = 1").query(Long.class).single();
    }
}
