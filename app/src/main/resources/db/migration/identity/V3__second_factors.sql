-- Second factors. The TOTP secret is stored as Base32 for now (encrypting it at rest with a key
-- kept outside the database is the next step); recovery codes only as Argon2id hashes.
-- last_used_step makes each code single-use: it only ever moves forward, in one UPDATE.
CREATE TABLE second_factor (
    person_id      uuid        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    totp_secret    text        NOT NULL,
    last_used_step bigint,
    recovery_codes text[]      NOT NULL,
    enrolled_at    timestamptz NOT NULL
);
