-- Second factors. The TOTP secret is sealed (AES-256-GCM, Google Tink) with a key kept outside
-- the database and bound to its owner; recovery codes are stored only as Argon2id hashes.
-- last_used_step makes each code single-use: it only ever moves forward, in one UPDATE.
CREATE TABLE second_factor (
    person_id          uuid        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    totp_secret_sealed bytea       NOT NULL,
    last_used_step     bigint,
    recovery_codes     text[]      NOT NULL,
    enrolled_at        timestamptz NOT NULL
);
