package org.defendersdays.audit.adapter.out.persistence;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHash;
import org.defendersdays.audit.domain.ChainHead;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain in {@code audit.entry}, with its end in the one-row {@code audit.chain_head}. Appends
 * are serialized by the row lock on the head ({@code SELECT ... FOR UPDATE}), held until the
 * appending transaction ends: a lock in PostgreSQL, so it holds across every instance of the platform.
 */
@Component
class JdbcAuditChain implements AuditChain {

    private static final RowMapper<ChainHead> HEAD = (row, number) -> new ChainHead(row.getLong("last_sequence"),
            new ChainHash(row.getString("last_hash")));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditChain(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Without a transaction the lock would be released at once, so one is required. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ChainHead lockHead() {
        return jdbc.getJdbcTemplate().queryForObject(
                "SELECT last_sequence, last_hash FROM audit.chain_head FOR UPDATE", HEAD);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditRecord record) {
        jdbc.update("INSERT INTO audit.entry (" + AuditRecordRows.COLUMNS + ") VALUES (:sequence, :recordedAt, "
                + ":actor, :action, :targetType, :targetId, :outcome, :detail, :previousHash, :hash)", values(record));
        int moved = jdbc.update("""
                UPDATE audit.chain_head SET last_sequence = :sequence, last_hash = :hash
                WHERE last_sequence = :sequence - 1 AND last_hash = :previousHash
                """, new MapSqlParameterSource()
                .addValue("sequence", record.sequence(), Types.BIGINT)
                .addValue("hash", record.hash().hex(), Types.CHAR)
                .addValue("previousHash", record.previousHash().hex(), Types.CHAR));
        if (moved != 1) {
            throw new IllegalStateException("the audit chain head moved under an append; appends must lock it first");
        }
    }

    @Override
    public ChainHead head() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT last_sequence, last_hash FROM audit.chain_head", HEAD);
    }

    @Override
    public List<AuditRecord> recordsAfter(long sequence, int limit) {
        return jdbc.query("SELECT " + AuditRecordRows.COLUMNS + " FROM audit.entry WHERE sequence > :after "
                + "ORDER BY sequence LIMIT :limit",
                new MapSqlParameterSource().addValue("after", sequence).addValue("limit", limit),
                AuditRecordRows.INSTANCE);
    }

    private static MapSqlParameterSource values(AuditRecord record) {
        return new MapSqlParameterSource()
                .addValue("sequence", record.sequence(), Types.BIGINT)
                .addValue("recordedAt", OffsetDateTime.ofInstant(record.time(), ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("actor", record.actor().map(PersonId::value).orElse(null), Types.OTHER)
                .addValue("action", record.action(), Types.VARCHAR)
                .addValue("targetType", record.targetType(), Types.VARCHAR)
                .addValue("targetId", record.targetId().orElse(null), Types.VARCHAR)
                .addValue("outcome", record.outcome().name(), Types.VARCHAR)
                .addValue("detail", record.detail().orElse(null), Types.VARCHAR)
                .addValue("previousHash", record.previousHash().hex(), Types.CHAR)
                .addValue("hash", record.hash().hex(), Types.CHAR);
    }
}
