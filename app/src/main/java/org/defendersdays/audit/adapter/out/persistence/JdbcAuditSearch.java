package org.defendersdays.audit.adapter.out.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.defendersdays.audit.application.port.out.AuditSearch;
import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Searches {@code audit.entry}. The query is put together from fixed conditions only; every value
 * the reader typed travels as a bind parameter.
 */
@Component
class JdbcAuditSearch implements AuditSearch {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuditRecord> newestFirst(AuditFilter filter, OptionalLong olderThan, int limit) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource values = new MapSqlParameterSource().addValue("limit", limit);
        filter.actionPrefix().ifPresent(prefix -> {
            conditions.add("action LIKE :actionPrefix ESCAPE '\\'");
            values.addValue("actionPrefix", escapedForLike(prefix) + "%", Types.VARCHAR);
        });
        filter.actor().ifPresent(actor -> {
            conditions.add("actor_id = :actor");
            values.addValue("actor", actor.value(), Types.OTHER);
        });
        filter.targetType().ifPresent(type -> {
            conditions.add("target_type = :targetType");
            values.addValue("targetType", type, Types.VARCHAR);
        });
        filter.targetId().ifPresent(id -> {
            conditions.add("target_id = :targetId");
            values.addValue("targetId", id, Types.VARCHAR);
        });
        filter.outcome().ifPresent(outcome -> {
            conditions.add("outcome = :outcome");
            values.addValue("outcome", outcome.name(), Types.VARCHAR);
        });
        filter.from().ifPresent(from -> {
            conditions.add("recorded_at >= :from");
            values.addValue("from", utc(from), Types.TIMESTAMP_WITH_TIMEZONE);
        });
        filter.until().ifPresent(until -> {
            conditions.add("recorded_at < :until");
            values.addValue("until", utc(until), Types.TIMESTAMP_WITH_TIMEZONE);
        });
        olderThan.ifPresent(sequence -> {
            conditions.add("sequence < :olderThan");
            values.addValue("olderThan", sequence, Types.BIGINT);
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.query("SELECT " + AuditRecordRows.COLUMNS + " FROM audit.entry" + where
                + " ORDER BY sequence DESC LIMIT :limit", values, AuditRecordRows.INSTANCE);
    }

    /** The filter's alphabet has no wildcards; escaping anyway keeps this correct if it ever grows one. */
    private static String escapedForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
