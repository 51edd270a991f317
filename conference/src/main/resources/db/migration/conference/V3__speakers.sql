-- Trainers, panellists and speakers. Nothing here is public by itself: each profile field is shown
-- only while a consent to it is recorded in speaker_consent; deleting the consent row (withdrawal)
-- hides the field at once.
CREATE TABLE speaker (
    id            uuid          PRIMARY KEY,
    name          varchar(120)  NOT NULL,
    bio           varchar(2000),
    organisation  varchar(200),
    photo_sha256  char(64)      CHECK (photo_sha256 ~ '^[0-9a-f]{64}$'),
    version       bigint        NOT NULL
);

CREATE TABLE speaker_consent (
    speaker_id    uuid          NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    field         varchar(20)   NOT NULL CHECK (field IN ('NAME', 'BIO', 'ORGANISATION', 'PHOTO')),
    given_at      timestamptz   NOT NULL,
    recorded_by   uuid          NOT NULL,
    how           varchar(200),
    PRIMARY KEY (speaker_id, field)
);
