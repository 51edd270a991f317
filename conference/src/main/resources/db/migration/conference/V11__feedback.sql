-- Feedback after the conference: one survey for the whole edition and one per session of its
-- published programme, for confirmed participants once the session (or the edition) has ended.
--
-- ANONYMOUS by construction. An answer is stored without any person id, and without a moment
-- finer than its day. To allow one answer per person and survey, a receipt (survey, person) is
-- written in the same transaction, in another table, with nothing shared with the answer: no id,
-- no timestamp, no order. Neither table can be joined to the other.
--
-- A survey is identified by the edition's id (the whole conference) or by the session's id.

CREATE TABLE feedback_answer (
    -- A random id, never a sequence: its order says nothing about who answered when.
    id                     uuid          PRIMARY KEY,
    edition_id             uuid          NOT NULL REFERENCES edition (id),
    -- The edition's id for the conference survey, a session's id for that session's survey.
    survey_id              uuid          NOT NULL,
    rating                 smallint      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    -- Optional free text, sealed (Tink AEAD, associated data = purpose + answer id).
    what_worked_sealed     bytea,
    could_be_better_sealed bytea,
    answered_on            date          NOT NULL
);
CREATE INDEX feedback_answer_survey ON feedback_answer (edition_id, survey_id);

-- That a person has answered a survey, and nothing else: no answer id, no time.
CREATE TABLE feedback_receipt (
    survey_id   uuid  NOT NULL,
    person_id   uuid  NOT NULL,
    edition_id  uuid  NOT NULL REFERENCES edition (id),
    PRIMARY KEY (survey_id, person_id)
);
