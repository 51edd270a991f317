package org.defendersdays.conference.adapter.out.persistence;

import java.util.Optional;

import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the {@code confirmed_participant} view. */
@Component
class JdbcConfirmedParticipants implements ConfirmedParticipants {

    private final JdbcClient jdbc;

    JdbcConfirmedParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> messageLanguage(EditionId edition, PersonId person) {
        return jdbc.sql("""
                SELECT message_language FROM conference.confirmed_participant
                 WHERE edition_id = ? AND person_id = ? LIMIT 1""")
                .params(edition.value(), person.value()).query(String.class).optional();
    }
}
