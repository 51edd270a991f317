package org.defendersdays.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.identity.domain.TokenPurpose;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One-time links in PostgreSQL. Using one is a single UPDATE, so a link cannot be used twice. */
@Component
class JdbcOneTimeTokens implements OneTimeTokens {

    private final JdbcTemplate jdbc;

    JdbcOneTimeTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(OneTimeToken token) {
        jdbc.update("INSERT INTO identity.one_time_token (hash, purpose, person_id, expires_at) VALUES (?, ?, ?, ?)",
                token.hash(), token.purpose().name(), token.person().value(), Timestamp.from(token.expiresAt()));
    }

    @Override
    public Optional<OneTimeToken> consume(String hash, TokenPurpose purpose, Instant now) {
        return jdbc.query("""
                UPDATE identity.one_time_token SET used_at = ?
                 WHERE hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING person_id, expires_at
                """,
                (row, n) -> new OneTimeToken(hash, purpose, new PersonId(row.getObject("person_id", UUID.class)),
                        row.getTimestamp("expires_at").toInstant()),
                Timestamp.from(now), hash, purpose.name(), Timestamp.from(now)).stream().findFirst();
    }

    @Override
    public boolean isUsable(String hash, TokenPurpose purpose, Instant now) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM identity.one_time_token
                 WHERE hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                """, Integer.class, hash, purpose.name(), Timestamp.from(now));
        return count != null && count > 0;
    }

    @Override
    public int removeExpiredOrUsedBefore(Instant cutoff) {
        // Idempotent: instances running it at the same time simply find less to remove.
        return jdbc.update("DELETE FROM identity.one_time_token WHERE expires_at < ? OR used_at < ?",
                Timestamp.from(cutoff), Timestamp.from(cutoff));
    }
}
