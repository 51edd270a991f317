package org.defendersdays.community.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.defendersdays.community.application.port.out.GroupMembers;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Group memberships in PostgreSQL ({@code community.group_member}). */
@Component
class JdbcGroupMembers implements GroupMembers {

    /** One statement: of two concurrent deliveries, the second waits for the first, then inserts nothing. */
    private static final String ADD = """
            INSERT INTO community.group_member (group_id, person_id, joined_at)
            VALUES (:group, :person, :at)
            ON CONFLICT (group_id, person_id) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcGroupMembers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfNeverMember(GroupId group, PersonId person, Instant joinedAt) {
        return jdbc.update(ADD, parameters(group, person).addValue("at", utc(joinedAt))) == 1;
    }

    @Override
    public boolean isMember(GroupId group, PersonId person) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM community.group_member
                                WHERE group_id = :group AND person_id = :person AND left_at IS NULL)
                """, parameters(group, person), Boolean.class));
    }

    @Override
    public boolean leave(GroupId group, PersonId person, Instant leftAt) {
        return jdbc.update("""
                UPDATE community.group_member SET left_at = greatest(:at, joined_at)
                 WHERE group_id = :group AND person_id = :person AND left_at IS NULL
                """, parameters(group, person).addValue("at", utc(leftAt))) == 1;
    }

    private static MapSqlParameterSource parameters(GroupId group, PersonId person) {
        return new MapSqlParameterSource().addValue("group", group.value()).addValue("person", person.value());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
