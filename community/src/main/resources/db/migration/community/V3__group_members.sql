-- Who belongs to which group. Never shown publicly: a person sees only their own membership.
-- A person who leaves keeps a row with left_at set, so a late repeat of the event that added them
-- (delivery is at least once) does not add them back against their wish.
CREATE TABLE group_member (
    group_id   uuid        NOT NULL REFERENCES member_group (id),
    person_id  uuid        NOT NULL,
    joined_at  timestamptz NOT NULL,
    left_at    timestamptz,
    -- One membership per person and group, even when the same acceptance is delivered twice at once:
    -- the application inserts with ON CONFLICT DO NOTHING against this key.
    PRIMARY KEY (group_id, person_id),
    CONSTRAINT group_member_left_after_joining CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE INDEX group_member_person ON group_member (person_id);
