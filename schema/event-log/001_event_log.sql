-- 001: the append-only, hash-chained event log.
--
-- One row per event. `payload` is canonical JSON (sorted keys), stored as the bytes that were hashed;
-- `hash` = SHA-256(prev_hash || 0x1F || type || 0x1F || payload || 0x1F || recorded_at), lowercase hex.
-- Nothing is ever updated in place: corrections, links and retractions are new events.
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,               -- 1, 2, 3 ... in append order
    type        TEXT    NOT NULL CHECK (type IN (
                    'report_ingested', 'claim_extracted', 'claim_corrected', 'claim_retracted',
                    'claims_linked', 'claims_unlinked', 'report_marked_republication')),
    payload     TEXT    NOT NULL CHECK (json_valid(payload)),
    recorded_at TEXT    NOT NULL,                  -- UTC, 2026-11-24T02:01:40.123Z; sorts as text
    prev_hash   TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT    NOT NULL CHECK (length(hash) = 64),
    -- The content hash of an ingested report, so that the database itself refuses a report twice.
    report_hash TEXT GENERATED ALWAYS AS (
                    CASE WHEN type = 'report_ingested' THEN json_extract(payload, '$.report.content_hash') END
                ) VIRTUAL
);

-- Indexes are few on purpose: every one is paid for on each append. The chain itself orders and
-- identifies events; `recorded_at` serves `--as-of`; `report_hash` makes ingest idempotent.
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

-- Facts about the ledger file itself (creator version, creation time).
CREATE TABLE ledger_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
