-- Passkeys (WebAuthn). A person's WebAuthn user handle is random, so the authenticator never
-- holds the account id; what it shows in its picker is the display name, read at ceremony time.
CREATE TABLE passkey_user (
    person_id   uuid        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    user_handle bytea       NOT NULL UNIQUE CHECK (octet_length(user_handle) BETWEEN 16 AND 64),
    created_at  timestamptz NOT NULL
);

-- One row per registered passkey: only public material (the COSE public key and what the
-- authenticator attested at registration), never a secret. The label is the person's own name
-- for the device; last_used_at shows them when each passkey was last used.
CREATE TABLE passkey (
    credential_id       bytea       PRIMARY KEY CHECK (octet_length(credential_id) BETWEEN 1 AND 1023),
    person_id           uuid        NOT NULL REFERENCES passkey_user (person_id) ON DELETE CASCADE,
    label               varchar(64) NOT NULL,
    credential_type     varchar(32) NOT NULL,
    public_key_cose     bytea       NOT NULL,
    signature_count     bigint      NOT NULL,
    uv_initialized      boolean     NOT NULL,
    transports          text[]      NOT NULL DEFAULT '{}',
    backup_eligible     boolean     NOT NULL,
    backup_state        boolean     NOT NULL,
    attestation_object  bytea       NOT NULL,
    client_data_json    bytea,
    created_at          timestamptz NOT NULL,
    last_used_at        timestamptz NOT NULL
);
CREATE INDEX passkey_person ON passkey (person_id);
