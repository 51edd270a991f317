-- Conference editions. One a year; draft editions are never shown to the public.
CREATE TABLE edition (
    id           uuid         PRIMARY KEY,
    year         integer      NOT NULL UNIQUE CHECK (year BETWEEN 2013 AND 2200),
    start_date   date,
    end_date     date,
    city         varchar(100) NOT NULL,
    venue        varchar(200),
    theme        varchar(300),
    status       varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'ANNOUNCED', 'ARCHIVED')),
    participants integer      CHECK (participants >= 0),
    countries    integer      CHECK (countries >= 0),
    topics       text[]       NOT NULL DEFAULT '{}',
    version      bigint       NOT NULL,
    CHECK ((start_date IS NULL) = (end_date IS NULL)),
    CHECK (end_date >= start_date)
);
