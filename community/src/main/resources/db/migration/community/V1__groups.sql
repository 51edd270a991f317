-- Groups of the members' network. A group's existence is public; who belongs to it never is.
-- Named member_group because GROUP is a reserved word.
CREATE TABLE member_group (
    id           uuid        PRIMARY KEY,
    purpose      varchar(40) NOT NULL,
    edition_id   uuid,
    edition_year integer,
    opened_at    timestamptz NOT NULL,
    visibility   varchar(20) NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT member_group_purpose_known CHECK (purpose IN ('EDITION_PARTICIPANTS')),
    CONSTRAINT member_group_visibility_known CHECK (visibility IN ('MEMBERS_ONLY')),
    -- One group per edition, even when an announcement is delivered twice at the same moment:
    -- the application inserts with ON CONFLICT (edition_id) DO NOTHING against this constraint.
    CONSTRAINT member_group_one_per_edition UNIQUE (edition_id),
    CONSTRAINT member_group_edition_complete CHECK ((edition_id IS NULL) = (edition_year IS NULL)),
    CONSTRAINT member_group_edition_required CHECK (purpose <> 'EDITION_PARTICIPANTS' OR edition_id IS NOT NULL),
    CONSTRAINT member_group_edition_year_range CHECK (edition_year BETWEEN 2000 AND 2200)
);
