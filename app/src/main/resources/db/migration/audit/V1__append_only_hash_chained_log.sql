-- The audit log: append-only, hash-chained entries (see docs/architecture/decisions/0005).
-- Entries hold codes and identifiers only, never names, emails or other sensitive values.

CREATE TABLE entry (
    sequence      bigint      PRIMARY KEY CHECK (sequence > 0),
    recorded_at   timestamptz NOT NULL,
    actor_id      uuid,
    action        text        NOT NULL,
    target_type   varchar(100) NOT NULL,
    target_id     varchar(100),
    outcome       varchar(10) NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    detail        varchar(100),
    previous_hash char(64)    NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          char(64)    NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- For the back office's filters; every page is read newest (highest sequence) first.
CREATE INDEX entry_by_action ON entry (action text_pattern_ops);
CREATE INDEX entry_by_actor ON entry (actor_id, sequence);
CREATE INDEX entry_by_target ON entry (target_type, target_id, sequence);
CREATE INDEX entry_by_time ON entry (recorded_at);

-- The end of the chain: one row, locked with SELECT ... FOR UPDATE by every append until its
-- transaction ends. That serializes appends in the database, for every instance of the platform,
-- so two entries can never claim the same predecessor. Sequence numbers come from here, not from a
-- PostgreSQL sequence: those skip numbers on rollback, and a gap must mean a missing entry.
CREATE TABLE chain_head (
    singleton     boolean  PRIMARY KEY DEFAULT true CHECK (singleton),
    last_sequence bigint   NOT NULL CHECK (last_sequence >= 0),
    last_hash     char(64) NOT NULL CHECK (last_hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO chain_head (singleton, last_sequence, last_hash) VALUES (true, 0, repeat('0', 64));

-- Append-only, enforced by PostgreSQL itself.
--
-- The REVOKE alone is not enough: the application's role runs these migrations, so it owns the
-- tables, and an owner may grant itself the privileges back at any time (and a superuser ignores
-- privileges altogether). The triggers refuse every UPDATE, DELETE and TRUNCATE whoever asks,
-- owner and superuser included; getting past them takes a deliberate ALTER TABLE ... DISABLE
-- TRIGGER, which an application bug, an ORM or an injected DML statement does not do. Whoever can
-- do that can still rewrite rows: the hash chain is what makes such a rewrite visible.
CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Audit entries are never changed or removed; see docs/operations.md.';
END
$$;

-- Statement-level, so an UPDATE or DELETE that matches no row is refused too, and TRUNCATE (which
-- has no row triggers) is covered.
CREATE TRIGGER entry_is_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON entry FROM PUBLIC, CURRENT_USER;

-- The head may only move forward, one entry at a time, and never disappear.
CREATE FUNCTION head_moves_forward() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_sequence <> OLD.last_sequence + 1 THEN
        RAISE EXCEPTION 'audit.chain_head only moves forward by one: % to % refused',
            OLD.last_sequence, NEW.last_sequence
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER chain_head_moves_forward
    BEFORE UPDATE ON chain_head
    FOR EACH ROW EXECUTE FUNCTION head_moves_forward();

CREATE TRIGGER chain_head_is_kept
    BEFORE DELETE OR TRUNCATE ON chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

REVOKE DELETE, TRUNCATE ON chain_head FROM PUBLIC, CURRENT_USER;
