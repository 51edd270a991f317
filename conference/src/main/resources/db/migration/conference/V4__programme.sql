-- The conference programme: rooms, tracks, the topic catalogue, sessions and their contributors,
-- and the publication revision the public agenda's caches are keyed by.

-- An edition can now publish its programme (agenda) between being announced and being archived,
-- and says which languages it offers. Existing rows keep their status and offer no language yet.
ALTER TABLE edition DROP CONSTRAINT edition_status_check;
ALTER TABLE edition ADD CONSTRAINT edition_status_check
    CHECK (status IN ('DRAFT', 'ANNOUNCED', 'PROGRAMME_PUBLISHED', 'ARCHIVED'));
ALTER TABLE edition ADD COLUMN languages text[] NOT NULL DEFAULT '{}';

-- The topics sessions (and editions) are tagged with. The platform's own three are named in every
-- language by message keys; the stored name is what shows for topics admins add.
CREATE TABLE topic (
    slug     varchar(60) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name     varchar(80) NOT NULL,
    version  bigint      NOT NULL
);
INSERT INTO topic (slug, name, version) VALUES
    ('digital-security', 'Digital security', 0),
    ('psychosocial-security', 'Psychosocial aspects of security', 0),
    ('innovation', 'Innovation against human rights violations', 0);

CREATE TABLE room (
    id          uuid         PRIMARY KEY,
    edition_id  uuid         NOT NULL REFERENCES edition (id),
    name        varchar(80)  NOT NULL,
    note        varchar(300),
    version     bigint       NOT NULL
);
CREATE INDEX room_edition ON room (edition_id);

CREATE TABLE track (
    id          uuid         PRIMARY KEY,
    edition_id  uuid         NOT NULL REFERENCES edition (id),
    name        varchar(80)  NOT NULL,
    note        varchar(500),
    version     bigint       NOT NULL
);
CREATE INDEX track_edition ON track (edition_id);

-- One session of a programme. Times are local to the conference (Europe/Stockholm). Whether it
-- fits the rest of the programme is checked by the application while it holds the edition's row
-- (SELECT ... FOR NO KEY UPDATE), so two admins cannot book one room at the same moment.
CREATE TABLE programme_session (
    id                  uuid          PRIMARY KEY,
    edition_id          uuid          NOT NULL REFERENCES edition (id),
    type                varchar(30)   NOT NULL CHECK (type IN ('WORKSHOP', 'PANEL', 'KEYNOTE', 'PLENARY',
                                          'OPEN_PUBLIC_SESSION', 'AWARD_CEREMONY', 'NETWORKING')),
    title               varchar(200)  NOT NULL,
    description         varchar(4000),
    day                 date          NOT NULL,
    start_time          time          NOT NULL,
    end_time            time          NOT NULL,
    room_id             uuid          NOT NULL REFERENCES room (id),
    track_id            uuid          REFERENCES track (id),
    topics              text[]        NOT NULL DEFAULT '{}',
    seats               integer       CHECK (seats BETWEEN 1 AND 1000),
    language            varchar(3)    NOT NULL,
    interpretation      text[]        NOT NULL DEFAULT '{}',
    chatham_house_rule  boolean       NOT NULL,
    continues           uuid          UNIQUE REFERENCES programme_session (id),
    version             bigint        NOT NULL,
    CHECK (end_time > start_time),
    CHECK ((type = 'WORKSHOP') = (seats IS NOT NULL)),
    CHECK (continues IS NULL OR continues <> id)
);
CREATE INDEX programme_session_slot ON programme_session (edition_id, day, start_time);

CREATE TABLE session_contributor (
    session_id     uuid         NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    speaker_id     uuid         NOT NULL REFERENCES speaker (id),
    role           varchar(20)  NOT NULL CHECK (role IN ('TRAINER', 'PANELLIST', 'SPEAKER', 'MODERATOR')),
    name_withheld  boolean      NOT NULL,
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, speaker_id)
);
CREATE INDEX session_contributor_speaker ON session_contributor (speaker_id);

-- One number that every change to public programme data (editions, rooms, tracks, topics,
-- sessions, speakers and their consents) raises in its own transaction: the public agenda's
-- cached pages and ETags are keyed by it.
CREATE TABLE publication_revision (
    id        boolean  PRIMARY KEY DEFAULT true CHECK (id),
    revision  bigint   NOT NULL
);
INSERT INTO publication_revision (id, revision) VALUES (true, 1);
