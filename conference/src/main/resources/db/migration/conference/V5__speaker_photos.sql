-- Speakers' photos, as the platform re-encoded them (JPEG, at most 600 px a side, no metadata: no
-- EXIF, no GPS, no camera serial), known by the SHA-256 of those bytes. speaker.photo_sha256 names
-- the photo a speaker has; a photo no speaker has any more is deleted in the same transaction as the
-- change that dropped it. Whether it is shown to the public is decided by speaker_consent.
CREATE TABLE speaker_photo (
    sha256      char(64)     PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    jpeg        bytea        NOT NULL CHECK (octet_length(jpeg) BETWEEN 1 AND 2097152),
    stored_at   timestamptz  NOT NULL DEFAULT now()
);

-- (Speaker changes bump conference.publication_revision, created in V4.)
