package org.defendersdays.conference.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.WorkshopCalendarTokens;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Calendar token hashes in {@code conference.workshop_calendar_token}, one row per person (an upsert replaces). */
@Component
class JdbcWorkshopCalendarTokens implements WorkshopCalendarTokens {

    private final JdbcTemplate jdbc;

    JdbcWorkshopCalendarTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(PersonId person, String sha256, Instant createdAt) {
        jdbc.update("""
                INSERT INTO conference.workshop_calendar_token (person_id, token_sha256, created_at) VALUES (?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET token_sha256 = EXCLUDED.token_sha256,
                                                      created_at = EXCLUDED.created_at""",
                person.value(), sha256, Timestamp.from(createdAt));
    }

    @Override
    public void revoke(PersonId person) {
        jdbc.update("DELETE FROM conference.workshop_calendar_token WHERE person_id = ?", person.value());
    }

    @Override
    public Optional<PersonId> holder(String sha256) {
        return jdbc.queryForList("SELECT person_id FROM conference.workshop_calendar_token WHERE token_sha256 = ?",
                UUID.class, sha256).stream().findFirst().map(PersonId::new);
    }

    @Override
    public Optional<Instant> createdFor(PersonId person) {
        return jdbc.queryForList("SELECT created_at FROM conference.workshop_calendar_token WHERE person_id = ?",
                Timestamp.class, person.value()).stream().findFirst().map(Timestamp::toInstant);
    }
}
