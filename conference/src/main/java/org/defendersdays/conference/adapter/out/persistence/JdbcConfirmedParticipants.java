package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.participants.Participant;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Confirmed participants, read from the {@code conference.confirmed_participant} view. */
@Component
class JdbcConfirmedParticipants implements ConfirmedParticipants {

    private static final String COLUMNS = "SELECT person_id, listed_to_participants, high_risk"
            + " FROM conference.confirmed_participant WHERE edition_id = :edition";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcConfirmedParticipants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Participant> find(EditionId edition, PersonId person) {
        return jdbc.query(COLUMNS + " AND person_id = :person", of(edition, person), JdbcConfirmedParticipants::row)
                .stream().findFirst();
    }

    @Override
    public List<Participant> of(EditionId edition) {
        return jdbc.query(COLUMNS, new MapSqlParameterSource("edition", edition.value()),
                JdbcConfirmedParticipants::row);
    }

    @Override
    public Optional<String> messageLanguage(EditionId edition, PersonId person) {
        return jdbc.queryForList("SELECT message_language FROM conference.confirmed_participant"
                + " WHERE edition_id = :edition AND person_id = :person LIMIT 1", of(edition, person), String.class)
                .stream().findFirst();
    }

    private static MapSqlParameterSource of(EditionId edition, PersonId person) {
        return new MapSqlParameterSource().addValue("edition", edition.value()).addValue("person", person.value());
    }

    private static Participant row(ResultSet row, int number) throws SQLException {
        return new Participant(new PersonId(row.getObject("person_id", UUID.class)),
                row.getBoolean("listed_to_participants"), row.getBoolean("high_risk"));
    }
}
