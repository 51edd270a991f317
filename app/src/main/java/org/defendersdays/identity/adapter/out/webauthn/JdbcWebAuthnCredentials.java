package org.defendersdays.identity.adapter.out.webauthn;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/** Spring Security's WebAuthn credential records (the passkeys) in {@code identity.passkey}. */
@Component
class JdbcWebAuthnCredentials implements UserCredentialRepository {

    private static final String CREDENTIAL = """
            SELECT p.*, u.user_handle FROM identity.passkey p
            JOIN identity.passkey_user u ON u.person_id = p.person_id
            """;

    private final JdbcTemplate jdbc;

    JdbcWebAuthnCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new passkey, or the counter and last use of a known one (the rest of a passkey never changes). */
    @Override
    public void save(CredentialRecord credential) {
        jdbc.update(connection -> {
            var upsert = connection.prepareStatement("""
                    INSERT INTO identity.passkey (credential_id, person_id, label, credential_type, public_key_cose,
                        signature_count, uv_initialized, transports, backup_eligible, backup_state,
                        attestation_object, client_data_json, created_at, last_used_at)
                    VALUES (?, (SELECT person_id FROM identity.passkey_user WHERE user_handle = ?), ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?)
                    ON CONFLICT (credential_id) DO UPDATE SET signature_count = excluded.signature_count,
                        backup_state = excluded.backup_state, last_used_at = excluded.last_used_at
                    """);
            upsert.setBytes(1, credential.getCredentialId().getBytes());
            upsert.setBytes(2, credential.getUserEntityUserId().getBytes());
            upsert.setString(3, credential.getLabel());
            upsert.setString(4, credential.getCredentialType() == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue()
                    : credential.getCredentialType().getValue());
            upsert.setBytes(5, credential.getPublicKey().getBytes());
            upsert.setLong(6, credential.getSignatureCount());
            upsert.setBoolean(7, credential.isUvInitialized());
            upsert.setArray(8, connection.createArrayOf("text",
                    credential.getTransports().stream().map(AuthenticatorTransport::getValue).toArray()));
            upsert.setBoolean(9, credential.isBackupEligible());
            upsert.setBoolean(10, credential.isBackupState());
            upsert.setBytes(11, credential.getAttestationObject() == null ? null
                    : credential.getAttestationObject().getBytes());
            upsert.setBytes(12, credential.getAttestationClientDataJSON() == null ? null
                    : credential.getAttestationClientDataJSON().getBytes());
            upsert.setTimestamp(13, Timestamp.from(credential.getCreated()));
            upsert.setTimestamp(14, Timestamp.from(credential.getLastUsed()));
            return upsert;
        });
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.query(CREDENTIAL + "WHERE p.credential_id = ?", JdbcWebAuthnCredentials::credential,
                credentialId.getBytes()).stream().findFirst().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.query(CREDENTIAL + "WHERE u.user_handle = ? ORDER BY p.created_at", JdbcWebAuthnCredentials::credential,
                userId.getBytes());
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.update("DELETE FROM identity.passkey WHERE credential_id = ?", credentialId.getBytes());
    }

    private static CredentialRecord credential(ResultSet row, int n) throws SQLException {
        byte[] clientData = row.getBytes("client_data_json");
        return ImmutableCredentialRecord.builder()
                .credentialId(new Bytes(row.getBytes("credential_id")))
                .userEntityUserId(new Bytes(row.getBytes("user_handle")))
                .label(row.getString("label"))
                .credentialType(PublicKeyCredentialType.valueOf(row.getString("credential_type")))
                .publicKey(new ImmutablePublicKeyCose(row.getBytes("public_key_cose")))
                .signatureCount(row.getLong("signature_count"))
                .uvInitialized(row.getBoolean("uv_initialized"))
                .transports(transports(row.getArray("transports")))
                .backupEligible(row.getBoolean("backup_eligible"))
                .backupState(row.getBoolean("backup_state"))
                .attestationObject(new Bytes(row.getBytes("attestation_object")))
                .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData))
                .created(row.getTimestamp("created_at").toInstant())
                .lastUsed(row.getTimestamp("last_used_at").toInstant())
                .build();
    }

    private static Set<AuthenticatorTransport> transports(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(AuthenticatorTransport::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
