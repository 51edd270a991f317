-- Workshop sign-up: a confirmed participant's places in workshops (confirmed or on the waitlist)
-- and the private calendar feed of their own programme.
--
-- Capacity is kept by PostgreSQL: whoever takes or gives up a place first holds the workshop's
-- programme_session row (SELECT ... FOR NO KEY UPDATE), then counts and writes. Arrival order on a
-- waitlist is the order in which sign-ups got that lock: the arrival number is drawn from a
-- sequence while holding it. A multi-part workshop (parts linked by programme_session.continues) is
-- one unit: a person holds a row for every part, all with the same status and arrival.
CREATE SEQUENCE workshop_arrival;

CREATE TABLE workshop_seat (
    session_id  uuid         NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    person_id   uuid         NOT NULL,
    edition_id  uuid         NOT NULL REFERENCES edition (id),
    status      varchar(12)  NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED')),
    arrival     bigint       NOT NULL,
    joined_at   timestamptz  NOT NULL,
    promoted_at timestamptz,
    PRIMARY KEY (session_id, person_id),
    CHECK (promoted_at IS NULL OR status = 'CONFIRMED')
);
CREATE INDEX workshop_seat_person ON workshop_seat (person_id, edition_id);
CREATE INDEX workshop_seat_queue ON workshop_seat (session_id, status, arrival);

-- One private calendar address per person: only the SHA-256 of its 256-bit random token is kept,
-- so the address cannot be rebuilt from the database. Replacing or revoking it deletes the row.
CREATE TABLE workshop_calendar_token (
    person_id     uuid         PRIMARY KEY,
    token_sha256  char(64)     NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz  NOT NULL
);
