package org.defendersdays.community.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Groups in PostgreSQL ({@code community} schema). */
@Component
class JdbcGroups implements Groups {

    /**
     * One statement, so PostgreSQL settles concurrent deliveries of the same announcement: the
     * second insert waits for the first to commit, then does nothing. Spring Data's {@code save}
     * would check and insert in two steps, and fail on the unique constraint instead. The first
     * stored version is 0, as Spring Data JDBC does for a wrapper-typed version.
     */
    private static final String INSERT_UNLESS_EDITION_HAS_GROUP = """
            INSERT INTO community.member_group
                (id, purpose, edition_id, edition_year, opened_at, visibility, status, version)
            VALUES (:id, :purpose, :editionId, :editionYear, :openedAt, :visibility, :status, 0)
            ON CONFLICT (edition_id) DO NOTHING
            """;

    private final GroupRowRepository rows;
    private final GroupRowMapper mapper;
    private final NamedParameterJdbcTemplate jdbc;

    JdbcGroups(GroupRowRepository rows, GroupRowMapper mapper, NamedParameterJdbcTemplate jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Group addIfAbsent(Group group) {
        UUID editionId = group.edition()
                .orElseThrow(() -> new IllegalArgumentException("only edition groups are unique per edition"))
                .editionId();
        GroupRow row = mapper.toRow(group);
        jdbc.update(INSERT_UNLESS_EDITION_HAS_GROUP, new MapSqlParameterSource()
                .addValue("id", row.id())
                .addValue("purpose", row.purpose())
                .addValue("editionId", row.editionId())
                .addValue("editionYear", row.editionYear())
                .addValue("openedAt", OffsetDateTime.ofInstant(row.openedAt(), ZoneOffset.UTC))
                .addValue("visibility", row.visibility())
                .addValue("status", row.status()));
        // Read committed: this statement sees the row inserted above or the one that won the race.
        return findByEdition(editionId)
                .orElseThrow(() -> new IllegalStateException("edition group vanished after insert: " + editionId));
    }

    /**
     * A new group (no version yet) is inserted; a stored one is updated only if its version is still
     * the one it was read with. Spring Data JDBC checks that in the UPDATE itself, so of two
     * moderators saving the same group at once, the second is told, and nothing of the first is lost.
     */
    @Override
    public Group save(Group group) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(group)));
        } catch (OptimisticLockingFailureException staleCopy) {
            throw new GroupChangedMeanwhile();
        }
    }

    @Override
    public Optional<Group> findById(GroupId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Group> findByEdition(UUID editionId) {
        return rows.findByEditionId(editionId).map(mapper::toDomain);
    }

    @Override
    public List<Group> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }
}
