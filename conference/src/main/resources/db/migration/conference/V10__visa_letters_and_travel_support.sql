-- Visa invitation letters and travel support for confirmed participants of an edition.
--
-- Privacy: the person is known by id only. Passport details and travel contact details are sealed
-- (Tink AEAD, key outside the database, associated data = purpose + row id); the *_sealed columns
-- hold ciphertext only. Both are erased (set to NULL, erased_at set) by the housekeeping job once
-- the edition's end date plus a grace period has passed; the rows stay, so counts and decisions
-- remain, and a letter can no longer be produced.

-- One visa letter request per person and edition. Details can be corrected until approved.
CREATE TABLE visa_letter_request (
    id               uuid          PRIMARY KEY,
    edition_id       uuid          NOT NULL REFERENCES edition (id),
    person_id        uuid          NOT NULL,
    status           varchar(20)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    refusal_reason   varchar(30),
    passport_sealed  bytea,
    requested_at     timestamptz   NOT NULL,
    decided_at       timestamptz,
    decided_by       uuid,
    erased_at        timestamptz,
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (edition_id, person_id),
    CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
    CHECK ((passport_sealed IS NULL) = (erased_at IS NOT NULL))
);
CREATE INDEX visa_letter_request_status ON visa_letter_request (edition_id, status);

-- One travel support request per person and edition.
CREATE TABLE travel_support_request (
    id                    uuid           PRIMARY KEY,
    edition_id            uuid           NOT NULL REFERENCES edition (id),
    person_id             uuid           NOT NULL,
    status                varchar(20)    NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_amount      numeric(10, 2) NOT NULL CHECK (requested_amount > 0),
    currency              char(3)        NOT NULL CHECK (currency IN ('EUR', 'SEK', 'USD')),
    for_travel            boolean        NOT NULL,
    for_accommodation     boolean        NOT NULL,
    for_visa_fees         boolean        NOT NULL,
    approved_amount       numeric(10, 2) CHECK (approved_amount > 0),
    refusal_reason        varchar(30),
    -- Phone number and emergency contact, sealed together.
    contact_sealed        bytea,
    requested_at          timestamptz    NOT NULL,
    decided_at            timestamptz,
    decided_by            uuid,
    erased_at             timestamptz,
    version               bigint         NOT NULL DEFAULT 0,
    UNIQUE (edition_id, person_id),
    CHECK (for_travel OR for_accommodation OR for_visa_fees),
    CHECK ((status = 'APPROVED') = (approved_amount IS NOT NULL)),
    CHECK (approved_amount IS NULL OR approved_amount <= requested_amount),
    CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
    CHECK ((contact_sealed IS NULL) = (erased_at IS NOT NULL))
);
CREATE INDEX travel_support_request_status ON travel_support_request (edition_id, status);
