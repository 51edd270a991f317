package org.defendersdays.identity.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.application.port.out.SecondFactors;
import org.defendersdays.identity.application.port.out.SecretSealing;
import org.defendersdays.identity.domain.recovery.RecoveryCodes;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Second factors in PostgreSQL ({@code identity.second_factor}); the TOTP key only ever sealed. */
@Component
class JdbcSecondFactors implements SecondFactors {

    private final JdbcTemplate jdbc;
    private final SecretSealing sealing;

    JdbcSecondFactors(JdbcTemplate jdbc, SecretSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    public Optional<StoredSecondFactor> find(PersonId person) {
        return jdbc.query("SELECT totp_secret_sealed, last_used_step, recovery_codes FROM identity.second_factor "
                + "WHERE person_id = ?", (row, n) -> read(row, person), person.value()).stream().findFirst();
    }

    @Override
    public boolean exists(PersonId person) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM identity.second_factor WHERE person_id = ?",
                Integer.class, person.value());
        return count != null && count > 0;
    }

    @Override
    public void enrol(PersonId person, TotpSecret secret, TotpTimeStep usedStep, RecoveryCodes recoveryCodes,
            Instant now) {
        jdbc.update(connection -> {
            var upsert = connection.prepareStatement("""
                    INSERT INTO identity.second_factor (person_id, totp_secret_sealed, last_used_step, recovery_codes, enrolled_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (person_id) DO UPDATE SET totp_secret_sealed = excluded.totp_secret_sealed,
                        last_used_step = excluded.last_used_step, recovery_codes = excluded.recovery_codes,
                        enrolled_at = excluded.enrolled_at
                    """);
            upsert.setObject(1, person.value());
            upsert.setBytes(2, sealing.seal(secret.bytes(), person));
            upsert.setLong(3, usedStep.value());
            upsert.setArray(4, connection.createArrayOf("text", encoded(recoveryCodes)));
            upsert.setTimestamp(5, Timestamp.from(now));
            return upsert;
        });
    }

    @Override
    public boolean useStep(PersonId person, TotpTimeStep step) {
        return jdbc.update("""
                UPDATE identity.second_factor SET last_used_step = ?
                 WHERE person_id = ? AND (last_used_step IS NULL OR last_used_step < ?)
                """, step.value(), person.value(), step.value()) == 1;
    }

    @Override
    public void replaceRecoveryCodes(PersonId person, RecoveryCodes remaining) {
        jdbc.update(connection -> {
            var update = connection.prepareStatement(
                    "UPDATE identity.second_factor SET recovery_codes = ? WHERE person_id = ?");
            update.setArray(1, connection.createArrayOf("text", encoded(remaining)));
            update.setObject(2, person.value());
            return update;
        });
    }

    private static String[] encoded(RecoveryCodes codes) {
        return codes.hashes().stream().map(SecretHash::encoded).toArray(String[]::new);
    }

    private StoredSecondFactor read(ResultSet row, PersonId person) throws SQLException {
        long step = row.getLong("last_used_step");
        Optional<TotpTimeStep> lastUsed = row.wasNull() ? Optional.empty() : Optional.of(new TotpTimeStep(step));
        Array codes = row.getArray("recovery_codes");
        List<SecretHash> hashes = Arrays.stream((String[]) codes.getArray()).map(SecretHash::new).toList();
        TotpSecret secret = TotpSecret.of(sealing.open(row.getBytes("totp_secret_sealed"), person));
        return new StoredSecondFactor(secret, lastUsed,
                new RecoveryCodes(hashes));
    }
}
