-- 006: the event log's type check without a per-row temporary table.
--
-- SQLite evaluates `type IN ('report_ingested', ...)` in a CHECK constraint by building a temporary
-- b-tree of the seven names for every inserted row (OpenEphemeral and seven inserts: see
-- `EXPLAIN INSERT INTO events ...`); that was a quarter of the cost of an append. The same
-- constraint written as comparisons is checked in place. Every other column, constraint, index
-- and trigger is as in 001. SQLite cannot change a CHECK in place, so the table is rebuilt (the
-- documented ALTER TABLE procedure): the rows are copied as they are, byte for byte, so every
-- hash still verifies.
CREATE TABLE events_006 (
    seq         INTEGER PRIMARY KEY,               -- 1, 2, 3 ... in append order
    type        TEXT    NOT NULL CHECK (
                    type = 'claim_extracted' OR type = 'report_ingested' OR type = 'claim_corrected'
                    OR type = 'claim_retracted' OR type = 'claims_linked' OR type = 'claims_unlinked'
                    OR type = 'report_marked_republication'),
    payload     TEXT    NOT NULL CHECK (json_valid(payload)),
    recorded_at TEXT    NOT NULL,                  -- UTC, 2026-11-24T02:01:40.123Z; sorts as text
    prev_hash   TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT    NOT NULL CHECK (length(hash) = 64),
    -- The content hash of an ingested report, so that the database itself refuses a report twice.
    report_hash TEXT GENERATED ALWAYS AS (
                    CASE WHEN type = 'report_ingested' THEN json_extract(payload, '$.report.content_hash') END
                ) VIRTUAL
);

INSERT INTO events_006 (seq, type, payload, recorded_at, prev_hash, hash)
    SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events ORDER BY seq;

-- Dropping the table drops its indexes and triggers (no row is deleted one by one: the triggers
-- that refuse DELETE do not fire); they are created again on the new table below.
DROP TABLE events;
ALTER TABLE events_006 RENAME TO events;

CREATE UNIQUE INDEX events_by_report ON events (report_hash) WHERE report_hash IS NOT NULL;
CREATE INDEX events_by_recorded_at ON events (recorded_at, seq);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: UPDATE is refused (append a correction event instead)');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: DELETE is refused (append a retraction event instead)');
END;
