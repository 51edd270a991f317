package org.defendersdays.bootcamp.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.bootcamp.application.port.out.ConferencePreparations;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Preparation programmes and offers in PostgreSQL ({@code bootcamp} schema). */
@Component
class JdbcConferencePreparations implements ConferencePreparations {

    /**
     * One statement finds the edition's preparation programme and offers it: no offer if there is
     * none (or it is retired), and none twice (the second of two concurrent deliveries waits for the
     * first, then inserts nothing).
     */
    private static final String OFFER = """
            INSERT INTO bootcamp.programme_offer (programme_id, person_id, edition_year, offered_at)
            SELECT p.programme_id, :person, p.edition_year, :at
              FROM bootcamp.conference_preparation p
              JOIN bootcamp.programme g ON g.id = p.programme_id
             WHERE p.edition_year = :year AND g.status <> 'RETIRED'
            ON CONFLICT (programme_id, person_id) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcConferencePreparations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> yearOf(ProgrammeId programme) {
        return jdbc.queryForList("SELECT edition_year FROM bootcamp.conference_preparation WHERE programme_id = :id",
                new MapSqlParameterSource("id", programme.value()), Integer.class).stream().findFirst();
    }

    @Override
    public void prepare(ProgrammeId programme, Optional<Integer> editionYear) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", programme.value());
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE programme_id = :id", parameters);
        if (editionYear.isEmpty()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO bootcamp.conference_preparation (edition_year, programme_id) VALUES (:year, :id)",
                    parameters.addValue("year", editionYear.get()));
        } catch (DuplicateKeyException taken) {
            throw new ProgrammeRuleViolation("bootcamp.preparation.error.taken");
        }
    }

    @Override
    public boolean offer(int editionYear, PersonId person, Instant at) {
        return jdbc.update(OFFER, new MapSqlParameterSource().addValue("year", editionYear)
                .addValue("person", person.value()).addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))) == 1;
    }

    @Override
    public List<Offered> offersTo(PersonId person) {
        return jdbc.query("""
                SELECT programme_id, edition_year, offered_at FROM bootcamp.programme_offer
                 WHERE person_id = :person ORDER BY offered_at DESC
                """, new MapSqlParameterSource("person", person.value()),
                (row, number) -> new Offered(new ProgrammeId(row.getObject("programme_id", UUID.class)),
                        row.getInt("edition_year"), row.getObject("offered_at", OffsetDateTime.class).toInstant()));
    }
}
