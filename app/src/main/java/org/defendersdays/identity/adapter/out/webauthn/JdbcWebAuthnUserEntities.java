package org.defendersdays.identity.adapter.out.webauthn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Security's WebAuthn user entities in {@code identity.passkey_user}.
 *
 * <p>Spring Security knows a person by the name of their authentication, which is the account id.
 * The user entity it hands to authenticators, though, carries only the random user handle and the
 * display name, read from the account when the ceremony starts.
 */
@Component
class JdbcWebAuthnUserEntities implements PublicKeyCredentialUserEntityRepository {

    private static final String USER_ENTITY = """
            SELECT u.user_handle, a.display_name FROM identity.passkey_user u
            JOIN identity.account a ON a.id = u.person_id
            """;

    private final JdbcTemplate jdbc;

    JdbcWebAuthnUserEntities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.query(USER_ENTITY + "WHERE u.user_handle = ?", JdbcWebAuthnUserEntities::userEntity, id.getBytes())
                .stream().findFirst().orElse(null);
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        UUID person;
        try {
            person = UUID.fromString(username);
        } catch (IllegalArgumentException notAnAccountId) {
            return null;
        }
        return jdbc.query(USER_ENTITY + "WHERE u.person_id = ?", JdbcWebAuthnUserEntities::userEntity, person)
                .stream().findFirst().orElse(null);
    }

    /**
     * Spring Security stores an entity only when it found none; identity prepares one before every
     * registration, so this is a fallback that keeps the handle Spring Security chose.
     */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        jdbc.update("""
                INSERT INTO identity.passkey_user (person_id, user_handle, created_at) VALUES (?, ?, ?)
                ON CONFLICT (person_id) DO NOTHING
                """, UUID.fromString(userEntity.getName()), userEntity.getId().getBytes(),
                Timestamp.from(Instant.now()));
    }

    @Override
    public void delete(Bytes id) {
        jdbc.update("DELETE FROM identity.passkey_user WHERE user_handle = ?", id.getBytes());
    }

    private static PublicKeyCredentialUserEntity userEntity(ResultSet row, int n) throws SQLException {
        String displayName = row.getString("display_name");
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(new Bytes(row.getBytes("user_handle")))
                .name(displayName)
                .displayName(displayName)
                .build();
    }
}
