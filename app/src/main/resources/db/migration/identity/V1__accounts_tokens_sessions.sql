-- Accounts. The email is stored normalised (lower case) so one mailbox is one account; it is
-- personal data and appears nowhere else (sessions and audit entries hold the account id).
CREATE TABLE account (
    id            uuid         PRIMARY KEY,
    email         varchar(254) NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name  varchar(240) NOT NULL,
    password_hash varchar(255) NOT NULL,
    status        varchar(30)  NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'LOCKED')),
    roles         text[]       NOT NULL DEFAULT '{}',
    registered_at timestamptz  NOT NULL,
    version       bigint       NOT NULL
);

-- Mailed one-time links, stored as SHA-256 hashes of 256-bit random secrets.
CREATE TABLE one_time_token (
    hash       char(64)    PRIMARY KEY,
    purpose    varchar(30) NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    person_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX one_time_token_expiry ON one_time_token (expires_at);

-- Spring Session JDBC (its PostgreSQL schema), so sessions survive restarts and can be shared by
-- several instances. The principal name is the account id, never the email.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
