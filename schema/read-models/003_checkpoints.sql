-- 003: projection checkpoints for fast replay to a date (`--as-of`).
--
-- A checkpoint is the fold of events 1..seq (LedgerProjections.LedgerState, as JSON). It is derived
-- data: `ledger checkpoint --drop` deletes them all and nothing is lost; replay from a checkpoint
-- equals replay from the first event. A checkpoint serves an as-of time T when every event it folded
-- was recorded by T (max_recorded_at <= T); the events after it are then folded with the as-of filter.
CREATE TABLE rm_checkpoints (
    seq             INTEGER PRIMARY KEY NOT NULL,
    max_recorded_at TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    state           BLOB    NOT NULL
);
CREATE INDEX rm_checkpoints_by_time ON rm_checkpoints (max_recorded_at, seq);
