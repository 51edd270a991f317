package org.defendersdays.identity.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.Invitation;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcInvitations implements Invitations {

    private final JdbcTemplate jdbc;

    JdbcInvitations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(Invitation invitation) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO identity.invitation "
                    + "(id, hash, email, roles, invited_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
            insert.setObject(1, invitation.id());
            insert.setString(2, invitation.hash());
            insert.setString(3, invitation.email().value());
            insert.setArray(4, connection.createArrayOf("text",
                    invitation.roles().stream().map(Role::name).sorted().toArray()));
            insert.setObject(5, invitation.invitedBy().value());
            insert.setTimestamp(6, Timestamp.from(invitation.expiresAt()));
            return insert;
        });
    }

    @Override
    public Optional<Invitation> consume(String hash, Instant now) {
        return jdbc.query("""
                UPDATE identity.invitation SET accepted_at = ?
                 WHERE hash = ? AND accepted_at IS NULL AND expires_at > ?
                RETURNING id, hash, email, roles, invited_by, expires_at
                """, (row, n) -> invitation(row), Timestamp.from(now), hash, Timestamp.from(now))
                .stream().findFirst();
    }

    @Override
    public boolean isUsable(String hash, Instant now) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM identity.invitation
                 WHERE hash = ? AND accepted_at IS NULL AND expires_at > ?
                """, Integer.class, hash, Timestamp.from(now));
        return count != null && count > 0;
    }

    @Override
    public int removeExpiredOrAcceptedBefore(Instant cutoff) {
        // Idempotent: instances running it at the same time simply find less to remove.
        return jdbc.update("DELETE FROM identity.invitation WHERE expires_at < ? OR accepted_at < ?",
                Timestamp.from(cutoff), Timestamp.from(cutoff));
    }

    private static Invitation invitation(ResultSet row) throws SQLException {
        Set<Role> roles = Arrays.stream((String[]) row.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Invitation(row.getObject("id", UUID.class), row.getString("hash"),
                new EmailAddress(row.getString("email")), roles, new PersonId(row.getObject("invited_by", UUID.class)),
                row.getTimestamp("expires_at").toInstant());
    }
}
