-- How a human rights defender gets to an edition: a call for applications, their application,
-- blind review against the call's criteria, and the selection decision with its confirmation.
--
-- Privacy: the applicant is known only by their person id (identity owns names and emails).
-- Fields that could endanger someone if the database leaked (risk situation, accessibility needs)
-- are stored sealed (Tink AEAD, key outside the database, associated data = purpose + row id);
-- the *_sealed columns hold ciphertext only.

-- One call per edition. Times are instants; pages show them in Europe/Stockholm.
CREATE TABLE call_for_applications (
    id                 uuid          PRIMARY KEY,
    edition_id         uuid          NOT NULL UNIQUE REFERENCES edition (id),
    opens_at           timestamptz   NOT NULL,
    closes_at          timestamptz   NOT NULL,
    places             integer       NOT NULL CHECK (places BETWEEN 1 AND 2000),
    -- How long an accepted person has to confirm their place before it goes to the waitlist.
    confirmation_days  integer       NOT NULL DEFAULT 14 CHECK (confirmation_days BETWEEN 1 AND 90),
    -- Whether applicants are asked for their gender (optional to answer), for balance figures.
    asks_gender        boolean       NOT NULL DEFAULT false,
    introduction       varchar(4000),
    version            bigint        NOT NULL,
    CHECK (closes_at > opens_at)
);

-- The call's own questions, answered in free text.
CREATE TABLE call_question (
    id        uuid          PRIMARY KEY,
    call_id   uuid          NOT NULL REFERENCES call_for_applications (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    prompt    varchar(500)  NOT NULL,
    required  boolean       NOT NULL DEFAULT false,
    UNIQUE (call_id, position)
);

-- Optional places per region of work: a hard QUOTA (at most) or a TARGET (aim for at least).
CREATE TABLE call_quota (
    call_id  uuid         NOT NULL REFERENCES call_for_applications (id) ON DELETE CASCADE,
    region   varchar(30)  NOT NULL CHECK (region IN ('AFRICA', 'AMERICAS', 'ASIA_PACIFIC', 'EUROPE_CENTRAL_ASIA',
                                  'MIDDLE_EAST_NORTH_AFRICA')),
    kind     varchar(10)  NOT NULL CHECK (kind IN ('QUOTA', 'TARGET')),
    places   integer      NOT NULL CHECK (places BETWEEN 0 AND 2000),
    PRIMARY KEY (call_id, region)
);

-- What reviewers score, per call (0..max_score each, weighted in the total).
CREATE TABLE review_criterion (
    id         uuid          PRIMARY KEY,
    call_id    uuid          NOT NULL REFERENCES call_for_applications (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    name       varchar(200)  NOT NULL,
    guidance   varchar(1000),
    max_score  integer       NOT NULL DEFAULT 5 CHECK (max_score BETWEEN 1 AND 10),
    weight     integer       NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
    UNIQUE (call_id, position)
);

-- One person's application to one call. A draft can be saved and edited until the call closes;
-- withdrawing is possible at any time and keeps the row (so it is not re-counted), not its content.
CREATE TABLE application (
    id                     uuid          PRIMARY KEY,
    call_id                uuid          NOT NULL REFERENCES call_for_applications (id),
    edition_id             uuid          NOT NULL REFERENCES edition (id),
    applicant              uuid          NOT NULL,
    status                 varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    focus_areas            text[]        NOT NULL DEFAULT '{}',
    country                char(2),
    region                 varchar(30)   CHECK (region IN ('AFRICA', 'AMERICAS', 'ASIA_PACIFIC',
                                             'EUROPE_CENTRAL_ASIA', 'MIDDLE_EAST_NORTH_AFRICA')),
    languages              text[]        NOT NULL DEFAULT '{}',
    hopes_to_learn         varchar(2000),
    hopes_to_share         varchar(2000),
    gender                 varchar(20)   CHECK (gender IN ('WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED',
                                             'PREFER_NOT_TO_SAY')),
    attended_before        boolean,
    -- In the applicant's own words, optional; sealed.
    risk_situation_sealed  bytea,
    needs_visa_letter      boolean       NOT NULL DEFAULT false,
    needs_travel_support   boolean       NOT NULL DEFAULT false,
    needs_accommodation    boolean       NOT NULL DEFAULT false,
    -- May reveal health information; sealed.
    accessibility_sealed   bytea,
    interpretation_into    varchar(3),
    -- Consents, each with the moment it was given or changed.
    consent_data_use       boolean       NOT NULL DEFAULT false,
    photo_preference       varchar(10)   CHECK (photo_preference IN ('GREEN', 'YELLOW', 'RED')),
    listed_to_participants boolean       NOT NULL DEFAULT false,
    consents_recorded_at   timestamptz,
    -- The language the applicant wants to hear from us in (one of the site's languages).
    message_language       varchar(5)    NOT NULL,
    -- Set by a conference admin: never listed, never shown as a speaker, in no export.
    high_risk              boolean       NOT NULL DEFAULT false,
    created_at             timestamptz   NOT NULL,
    submitted_at           timestamptz,
    withdrawn_at           timestamptz,
    version                bigint        NOT NULL,
    UNIQUE (call_id, applicant),
    CHECK ((status = 'DRAFT') OR (consent_data_use AND region IS NOT NULL AND country IS NOT NULL))
);
CREATE INDEX application_applicant ON application (applicant);
CREATE INDEX application_edition ON application (edition_id, status);

CREATE TABLE application_answer (
    application_id  uuid           NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    question_id     uuid           NOT NULL REFERENCES call_question (id) ON DELETE CASCADE,
    answer          varchar(4000)  NOT NULL,
    PRIMARY KEY (application_id, question_id)
);

-- One reviewer's score of one application against one criterion.
CREATE TABLE review_score (
    application_id  uuid         NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    reviewer        uuid         NOT NULL,
    criterion_id    uuid         NOT NULL REFERENCES review_criterion (id) ON DELETE CASCADE,
    score           integer      NOT NULL CHECK (score >= 0),
    scored_at       timestamptz  NOT NULL,
    PRIMARY KEY (application_id, reviewer, criterion_id)
);

-- The selection decision on a submitted application, and what became of an offered place.
-- A waitlisted application carries its rank (1 = next to be offered a place).
CREATE TABLE selection_decision (
    application_id  uuid         PRIMARY KEY REFERENCES application (id),
    edition_id      uuid         NOT NULL REFERENCES edition (id),
    outcome         varchar(20)  NOT NULL CHECK (outcome IN ('ACCEPTED', 'WAITLISTED', 'DECLINED')),
    waitlist_rank   integer      CHECK (waitlist_rank >= 1),
    -- For ACCEPTED: OFFERED until the person answers, then CONFIRMED or DECLINED, or EXPIRED.
    place           varchar(20)  CHECK (place IN ('OFFERED', 'CONFIRMED', 'DECLINED', 'EXPIRED')),
    confirm_by      timestamptz,
    decided_at      timestamptz  NOT NULL,
    decided_by      uuid         NOT NULL,
    answered_at     timestamptz,
    version         bigint       NOT NULL,
    CHECK ((outcome = 'WAITLISTED') = (waitlist_rank IS NOT NULL)),
    CHECK ((outcome = 'ACCEPTED') = (place IS NOT NULL)),
    CHECK (place IS DISTINCT FROM 'OFFERED' OR confirm_by IS NOT NULL)
);
CREATE UNIQUE INDEX selection_waitlist_rank ON selection_decision (edition_id, waitlist_rank)
    WHERE outcome = 'WAITLISTED';

-- The people who hold a confirmed place at an edition: what workshops, visa letters, travel
-- support, feedback and the participant list build on. Withdrawing removes a person from it.
CREATE VIEW confirmed_participant AS
    SELECT a.edition_id, a.applicant AS person_id, a.id AS application_id, a.high_risk,
           a.listed_to_participants, a.message_language
      FROM application a
      JOIN selection_decision d ON d.application_id = a.id
     WHERE a.status = 'SUBMITTED' AND d.outcome = 'ACCEPTED' AND d.place = 'CONFIRMED';
