-- A trainer, panellist or speaker who also takes part in an edition (they applied) can be linked to
-- their application, so that a participant marked high risk is never shown as a speaker, whatever
-- consents their speaker record holds. One application per speaker record.
CREATE TABLE speaker_participant (
    speaker_id      uuid  PRIMARY KEY REFERENCES speaker (id) ON DELETE CASCADE,
    application_id  uuid  NOT NULL REFERENCES application (id) ON DELETE CASCADE
);
CREATE INDEX speaker_participant_application ON speaker_participant (application_id);
