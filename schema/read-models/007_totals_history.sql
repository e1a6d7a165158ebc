-- 007: the history of the incidents' totals, so that "totals as of" is an indexed read, not a replay.
--
-- Every row the projector writes to `rm_incidents` or deletes from it is mirrored here by the
-- triggers below as a version: the facts a reconciled total adds up, valid from the last event of
-- the projection that wrote it (`valid_from`) until the last event of the one that removed or
-- changed it (`valid_to`, NULL while it holds). The incidents that held after event S are the
-- versions with `valid_from <= S AND (valid_to IS NULL OR valid_to > S)`.
--
-- Nothing here is an event: the history is derived, like every `rm_` table. A rebuild keeps it: the
-- rebuilt incidents close and reopen their versions at the head of the log, and a version written
-- again unchanged in the same projection is reopened rather than copied. A future migration that
-- changes how incidents are derived should empty the history and its marks (as-of queries before
-- the rebuild then replay the log instead).

-- The claim behind an incident's best figure (the first source giving it), for the totals' evidence.
ALTER TABLE rm_incidents ADD COLUMN best_claim TEXT;

-- The projection being written: `seq` is the last event it folds (set by the projector before it
-- writes a row); `history_from` the first projection the history holds (NULL before any).
CREATE TABLE rm_history_clock (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    seq          INTEGER NOT NULL,
    history_from INTEGER
);
INSERT INTO rm_history_clock (id, seq, history_from) VALUES (1, 0, NULL);

-- One row per projection: the last event it folded, the latest recorded time of any event up to
-- it (a running maximum, so the marks are ordered by it too), and the earliest recorded time among
-- the events it folded. An as-of time T maps to the last mark whose running maximum is <= T, and
-- only if no later mark folded an event recorded by T (recorded times that go back defeat the map;
-- the query then replays the log).
CREATE TABLE rm_history_marks (
    seq             INTEGER PRIMARY KEY NOT NULL,
    max_recorded_at TEXT NOT NULL,
    min_recorded_at TEXT NOT NULL
);
CREATE INDEX rm_history_marks_by_time ON rm_history_marks (max_recorded_at, seq);

CREATE TABLE rm_incident_history (
    id         TEXT NOT NULL,
    valid_from INTEGER NOT NULL,
    valid_to   INTEGER,
    measure    TEXT NOT NULL,
    category   TEXT NOT NULL,
    area       TEXT NOT NULL,   -- the incident's province, else its place key (a total's area)
    day        TEXT,
    low        INTEGER NOT NULL,
    high       INTEGER NOT NULL,
    best       INTEGER NOT NULL,
    best_claim TEXT,
    best_seq   INTEGER          -- the event that recorded the best claim
);
-- The open version of an incident, found by the triggers (and the open versions: the totals now).
CREATE INDEX rm_incident_history_by_id ON rm_incident_history (id, valid_to);
-- An as-of read late in the log walks the versions closed after it and the open ones; early in the
-- log, the versions opened before it. Both indexes hold every column a total reads, so a read is a
-- range of index pages (a version's table row lies wherever the projection that wrote it left it:
-- at a million events, reading the rows themselves was a page from disk per version).
CREATE INDEX rm_incident_history_by_end ON rm_incident_history
    (valid_to, valid_from, id, measure, category, area, day, low, high, best, best_claim, best_seq);
CREATE INDEX rm_incident_history_by_start ON rm_incident_history
    (valid_from, valid_to, id, measure, category, area, day, low, high, best, best_claim, best_seq);

CREATE TRIGGER rm_incidents_history_insert AFTER INSERT ON rm_incidents
BEGIN
    -- Written again unchanged in the projection that removed it: the version goes on.
    UPDATE rm_incident_history SET valid_to = NULL
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock)
      AND measure = new.measure AND category = new.category AND area = coalesce(new.admin1, new.place)
      AND day IS new.day AND low = new.low AND high = new.high AND best = new.best
      AND best_claim IS new.best_claim;
    INSERT INTO rm_incident_history
        (id, valid_from, valid_to, measure, category, area, day, low, high, best, best_claim, best_seq)
    SELECT new.id, c.seq, NULL, new.measure, new.category, coalesce(new.admin1, new.place), new.day,
           new.low, new.high, new.best, new.best_claim, (SELECT seq FROM rm_claims WHERE id = new.best_claim)
    FROM rm_history_clock c
    WHERE NOT EXISTS (SELECT 1 FROM rm_incident_history WHERE id = new.id AND valid_to IS NULL);
END;

CREATE TRIGGER rm_incidents_history_delete AFTER DELETE ON rm_incidents
BEGIN
    -- A version opened and closed by the same projection never held.
    DELETE FROM rm_incident_history
    WHERE id = old.id AND valid_to IS NULL AND valid_from = (SELECT seq FROM rm_history_clock);
    UPDATE rm_incident_history SET valid_to = (SELECT seq FROM rm_history_clock)
    WHERE id = old.id AND valid_to IS NULL;
END;

-- Read models are derived data: the next command rebuilds them, filling `best_claim` and opening
-- the history at the head of the log.
DELETE FROM rm_state WHERE key = 'last_seq';
