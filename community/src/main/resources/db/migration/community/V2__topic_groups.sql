-- Groups around a topic, which moderators create, describe and publish, next to the edition groups.
-- Every group gets a status; the groups already there are edition groups, public since they opened,
-- so they become PUBLISHED and stay exactly as visible as before.
ALTER TABLE member_group
    ADD COLUMN name        varchar(120),
    ADD COLUMN description varchar(1000),
    ADD COLUMN status      varchar(20) NOT NULL DEFAULT 'PUBLISHED';

-- From now on the application always says which status a group has.
ALTER TABLE member_group ALTER COLUMN status DROP DEFAULT;

ALTER TABLE member_group DROP CONSTRAINT member_group_purpose_known;
ALTER TABLE member_group
    ADD CONSTRAINT member_group_purpose_known CHECK (purpose IN ('EDITION_PARTICIPANTS', 'TOPIC')),
    ADD CONSTRAINT member_group_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    -- A topic group is named by its moderators and belongs to no edition.
    ADD CONSTRAINT member_group_topic_named CHECK (purpose <> 'TOPIC' OR (name IS NOT NULL AND edition_id IS NULL)),
    -- An edition group is named after its edition, in the reader's language: it stores no name.
    ADD CONSTRAINT member_group_edition_unnamed
        CHECK (purpose <> 'EDITION_PARTICIPANTS' OR (name IS NULL AND description IS NULL)),
    ADD CONSTRAINT member_group_description_needs_name CHECK (description IS NULL OR name IS NOT NULL);
