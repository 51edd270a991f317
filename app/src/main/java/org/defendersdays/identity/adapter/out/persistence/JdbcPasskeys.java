package org.defendersdays.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.identity.application.port.out.Passkeys;
import org.defendersdays.identity.domain.passkey.PasskeyId;
import org.defendersdays.identity.domain.passkey.PasskeySummary;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Identity's own view of the passkey tables (the ceremonies use Spring Security's, over the same rows). */
@Component
class JdbcPasskeys implements Passkeys {

    private final JdbcTemplate jdbc;

    JdbcPasskeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean ensureUserHandle(PersonId person, byte[] newUserHandle, Instant now) {
        jdbc.update("""
                INSERT INTO identity.passkey_user (person_id, user_handle, created_at)
                SELECT id, ?, ? FROM identity.account WHERE id = ?
                ON CONFLICT (person_id) DO NOTHING
                """, newUserHandle, Timestamp.from(now), person.value());
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM identity.passkey_user WHERE person_id = ?)", Boolean.class,
                person.value()));
    }

    @Override
    public Optional<PersonId> ownerOfUserHandle(byte[] userHandle) {
        return jdbc.query("SELECT person_id FROM identity.passkey_user WHERE user_handle = ?",
                (row, n) -> new PersonId(row.getObject("person_id", UUID.class)), userHandle)
                .stream().findFirst();
    }

    @Override
    public List<PasskeySummary> of(PersonId person) {
        return jdbc.query("""
                SELECT credential_id, label, created_at, last_used_at FROM identity.passkey
                WHERE person_id = ? ORDER BY created_at DESC
                """, (row, n) -> new PasskeySummary(PasskeyId.of(row.getBytes("credential_id")),
                row.getString("label"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("last_used_at").toInstant()), person.value());
    }

    @Override
    public boolean remove(PersonId person, PasskeyId id) {
        return jdbc.update("DELETE FROM identity.passkey WHERE person_id = ? AND credential_id = ?", person.value(),
                id.bytes()) == 1;
    }
}
