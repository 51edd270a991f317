-- Bootcamp training programmes. Only published programmes are in the public catalogue.
-- The checks repeat the domain's rules, so no other writer can store what the domain would refuse.
CREATE TABLE programme (
    id             uuid          PRIMARY KEY,
    slug           varchar(60)   NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title          varchar(150)  NOT NULL CHECK (btrim(title) <> ''),
    summary        varchar(1000) NOT NULL CHECK (btrim(summary) <> ''),
    format         varchar(20)   NOT NULL CHECK (format IN ('LIVE_ONLINE', 'SELF_PACED', 'BLENDED')),
    duration_weeks integer       NOT NULL CHECK (duration_weeks BETWEEN 1 AND 52),
    -- At least one language, each a two-letter ISO 639-1 code. array_to_string skips NULL
    -- elements, hence the separate check for them.
    languages      text[]        NOT NULL CHECK (cardinality(languages) >= 1
                                     AND array_position(languages, NULL) IS NULL
                                     AND array_to_string(languages, ',') ~ '^[a-z]{2}(,[a-z]{2})*$'),
    -- Topic slugs, shaped like programme slugs; none is fine.
    topics         text[]        NOT NULL DEFAULT '{}' CHECK (array_position(topics, NULL) IS NULL
                                     AND array_to_string(topics, ',') ~ '^([a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*)?$'),
    status         varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    version        bigint        NOT NULL
);
