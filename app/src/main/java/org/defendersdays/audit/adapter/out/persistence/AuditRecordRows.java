package org.defendersdays.audit.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHash;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.RowMapper;

/** Reads a row of {@code audit.entry} back into a record, as stored: the verification judges it. */
final class AuditRecordRows implements RowMapper<AuditRecord> {

    static final AuditRecordRows INSTANCE = new AuditRecordRows();

    static final String COLUMNS = "sequence, recorded_at, actor_id, action, target_type, target_id, outcome, detail, "
            + "previous_hash, hash";

    private AuditRecordRows() {
    }

    @Override
    public AuditRecord mapRow(ResultSet row, int rowNumber) throws SQLException {
        return new AuditRecord(
                row.getLong("sequence"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(row.getObject("actor_id", UUID.class)).map(PersonId::new),
                row.getString("action"),
                row.getString("target_type"),
                Optional.ofNullable(row.getString("target_id")),
                Outcome.valueOf(row.getString("outcome")),
                Optional.ofNullable(row.getString("detail")),
                new ChainHash(row.getString("previous_hash")),
                new ChainHash(row.getString("hash")));
    }
}
