-- postgres/001_pg_event_log: the append-only, hash-chained event log on a PostgreSQL server.
--
-- The same rows as the SQLite log (schema/event-log/): `payload` is the canonical JSON exactly as it
-- was hashed, kept as text (never jsonb, which would re-encode it); `hash` = SHA-256(prev_hash || 0x1F
-- || type || 0x1F || payload || 0x1F || recorded_at), lowercase hex. The database must be UTF8 (the
-- program refuses another encoding) so that the bytes read back are the bytes hashed.
--
-- Writers serialise on a transaction-scoped advisory lock, read the head under it and check the head
-- they expected; the constraints below hold the chain even for a writer that skipped the lock: one
-- row per sequence number and at most one successor per event (unique prev_hash).
CREATE TABLE events (
    seq         bigint PRIMARY KEY CHECK (seq >= 1),
    type        text   NOT NULL CHECK (type IN (
                    'report_ingested', 'claim_extracted', 'claim_corrected', 'claim_retracted',
                    'claims_linked', 'claims_unlinked', 'report_marked_republication', 'decision_withdrawn')),
    payload     text   NOT NULL CHECK ((payload::jsonb) IS NOT NULL),
    recorded_at text   NOT NULL,                 -- UTC, 2026-11-24T02:01:40.123Z; sorts as text
    prev_hash   text   NOT NULL CHECK (length(prev_hash) = 64),
    hash        text   NOT NULL CHECK (length(hash) = 64),
    -- The content hash of an ingested report, so that the database itself refuses a report twice
    -- (ingest inserts with ON CONFLICT DO NOTHING on it and checks that every row went in).
    report_hash text GENERATED ALWAYS AS (
                    CASE WHEN type = 'report_ingested' THEN (payload::jsonb) #>> '{report,content_hash}' END
                ) STORED
);

CREATE UNIQUE INDEX events_by_report ON events (report_hash) WHERE report_hash IS NOT NULL;
CREATE UNIQUE INDEX events_by_prev_hash ON events (prev_hash);
CREATE INDEX events_by_recorded_at ON events (recorded_at, seq);

-- Nothing is ever updated or deleted: corrections, links and retractions are new events. The
-- trigger refuses it for every role, the table's owner included; grants (postgres/roles.sql) keep
-- writers to INSERT as well.
CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only: % is refused (append a correction or retraction event instead)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();

-- Facts about the ledger itself (creation time, format).
CREATE TABLE ledger_info (
    key   text PRIMARY KEY,
    value text NOT NULL
);
