-- Invitations sent by platform admins. Like one-time links, only the SHA-256 hash of the link's
-- secret is stored. The address is kept until the invitation is accepted or expires, because the
-- account it creates takes the address from here, never from the acceptance form.
CREATE TABLE invitation (
    id          uuid         PRIMARY KEY,
    hash        char(64)     NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
    email       varchar(254) NOT NULL CHECK (email = lower(email)),
    roles       text[]       NOT NULL DEFAULT '{}',
    invited_by  uuid         NOT NULL,
    expires_at  timestamptz  NOT NULL,
    accepted_at timestamptz
);
CREATE INDEX invitation_expiry ON invitation (expires_at);
