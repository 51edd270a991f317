-- A programme can be the pre-conference preparation for one edition of the Defenders' Days
-- conference (named by its year; the bootcamp never reads the conference's schema). An edition has
-- at most one preparation programme, and a programme prepares for at most one edition.
CREATE TABLE conference_preparation (
    edition_year  integer  PRIMARY KEY CHECK (edition_year BETWEEN 2000 AND 2200),
    programme_id  uuid     NOT NULL UNIQUE REFERENCES programme (id)
);

-- The preparation offered to a person the conference accepted. Only that person sees it.
-- One offer per programme and person, even when the acceptance is delivered twice at once: the
-- application inserts with ON CONFLICT DO NOTHING against this key.
CREATE TABLE programme_offer (
    programme_id  uuid         NOT NULL REFERENCES programme (id),
    person_id     uuid         NOT NULL,
    edition_year  integer      NOT NULL CHECK (edition_year BETWEEN 2000 AND 2200),
    offered_at    timestamptz  NOT NULL,
    PRIMARY KEY (programme_id, person_id)
);
CREATE INDEX programme_offer_person ON programme_offer (person_id);
