-- Speakers' photos, as the platform re-encoded them (JPEG, at most 600 px a side, no metadata: no
-- EXIF, no GPS, no camera serial), known by the SHA-256 of those bytes. speaker.photo_sha256 names
-- the photo a speaker has; a photo no speaker has any more is deleted in the same transaction as the
-- change that dropped it. Whether it is shown to the public is decided by speaker_consent.
CREATE TABLE speaker_photo (
    sha256      char(64)     PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    jpeg        bytea        NOT NULL CHECK (octet_length(jpeg) BETWEEN 1 AND 2097152),
    stored_at   timestamptz  NOT NULL DEFAULT now()
);

-- Every change to what the public programme shows (speakers included) bumps this one counter, in the
-- transaction of the change, so pages and caches built from the programme can tell they are stale.
CREATE TABLE publication_revision (
    id        smallint  PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    revision  bigint    NOT NULL
);

INSERT INTO publication_revision (id, revision) VALUES (1, 0);
