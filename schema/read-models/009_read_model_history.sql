-- 009: the history of every read model, so that any "as of" query is an indexed read, not a replay.
--
-- Migration 007 kept the versions of the incidents' totals. This one keeps the rest of what a
-- reconciliation holds (claims, series points, discrepancies, and each incident's whole record), on
-- the same clock (`rm_history_clock`) and the same marks (`rm_history_marks`): a version is valid from
-- the last event of the projection that wrote it to the last event of the one that removed or changed
-- it. The rows as they stand after event S are the versions with `valid_from <= S` and, for a closed
-- one, `valid_to > S`.
--
-- Claims, series points and discrepancies keep their current version in their own table, with its
-- `valid_from`, and only the versions they replaced in a `_history` table: a claim changes only when
-- a person corrects or retracts it or its report is marked a copy, so the history stays small, and the
-- largest table is not written twice. The triggers below do all of it, whatever statement the projector
-- runs (INSERT OR REPLACE, whose implicit delete fires no trigger, is caught before the insert):
--   * before an insert, a row the new one replaces is closed into the history (a row written by the
--     same projection never held at any mark: it is dropped);
--   * after an insert, a version closed by this same projection with the same content is reopened
--     (an unchanged rewrite, or a rebuild writing back what it cleared), else the row opens now;
--   * after a delete, the row is closed into the history (unless it opened in this projection).
-- `tally_vs_incidents` discrepancies are left out: the projector defers them to the next query, so
-- the tables do not hold them at every mark; an as-of read derives them from the series and incidents
-- that held then, as a replay does.
--
-- Nothing here is an event: like every `rm_` table, the history is derived and can be dropped. The
-- read models and their histories are emptied and rebuilt from the log by the next command, so the
-- history starts again at the head of the log (as-of times before it replay the log, as before 007).

DELETE FROM rm_claims;
DELETE FROM rm_series_points;
DELETE FROM rm_series;
DELETE FROM rm_discrepancies;
DELETE FROM rm_incidents;
DELETE FROM rm_incident_members;
DELETE FROM rm_pending_checks;
DELETE FROM rm_incident_history;
DELETE FROM rm_history_marks;
UPDATE rm_history_clock SET seq = 0, history_from = NULL;
DELETE FROM rm_state WHERE key = 'last_seq';

-- Claims.
ALTER TABLE rm_claims ADD COLUMN valid_from INTEGER NOT NULL DEFAULT 0;
CREATE TABLE rm_claims_history (
    id         TEXT NOT NULL,
    valid_from INTEGER NOT NULL,
    valid_to   INTEGER NOT NULL,
    report     TEXT NOT NULL,
    record     BLOB NOT NULL
);
CREATE INDEX rm_claims_history_by_id ON rm_claims_history (id, valid_to);
CREATE INDEX rm_claims_history_by_end ON rm_claims_history (valid_to, valid_from);

CREATE TRIGGER rm_claims_history_replace BEFORE INSERT ON rm_claims
BEGIN
    INSERT INTO rm_claims_history (id, valid_from, valid_to, report, record)
    SELECT id, valid_from, (SELECT seq FROM rm_history_clock), report, record FROM rm_claims
    WHERE id = new.id AND valid_from < (SELECT seq FROM rm_history_clock);
END;

CREATE TRIGGER rm_claims_history_insert AFTER INSERT ON rm_claims
BEGIN
    UPDATE rm_claims SET valid_from = coalesce(
        (SELECT valid_from FROM rm_claims_history
         WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record),
        (SELECT seq FROM rm_history_clock))
    WHERE id = new.id;
    DELETE FROM rm_claims_history
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
END;

CREATE TRIGGER rm_claims_history_delete AFTER DELETE ON rm_claims
WHEN old.valid_from < (SELECT seq FROM rm_history_clock)
BEGIN
    INSERT INTO rm_claims_history (id, valid_from, valid_to, report, record)
    SELECT old.id, old.valid_from, seq, old.report, old.record FROM rm_history_clock;
END;

-- Series points (position and delta are derived on reading, as for the current points).
ALTER TABLE rm_series_points ADD COLUMN valid_from INTEGER NOT NULL DEFAULT 0;
CREATE TABLE rm_series_points_history (
    series     TEXT NOT NULL,
    chrono     TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    valid_from INTEGER NOT NULL,
    valid_to   INTEGER NOT NULL,
    point      BLOB NOT NULL
);
CREATE INDEX rm_series_points_history_by_key ON rm_series_points_history (series, chrono, claim_id, valid_to);
CREATE INDEX rm_series_points_history_by_end ON rm_series_points_history (valid_to, valid_from);

CREATE TRIGGER rm_series_points_history_replace BEFORE INSERT ON rm_series_points
BEGIN
    INSERT INTO rm_series_points_history (series, chrono, claim_id, valid_from, valid_to, point)
    SELECT series, chrono, claim_id, valid_from, (SELECT seq FROM rm_history_clock), point FROM rm_series_points
    WHERE series = new.series AND chrono = new.chrono AND claim_id = new.claim_id
      AND valid_from < (SELECT seq FROM rm_history_clock);
END;

CREATE TRIGGER rm_series_points_history_insert AFTER INSERT ON rm_series_points
BEGIN
    UPDATE rm_series_points SET valid_from = coalesce(
        (SELECT valid_from FROM rm_series_points_history
         WHERE series = new.series AND chrono = new.chrono AND claim_id = new.claim_id
           AND valid_to = (SELECT seq FROM rm_history_clock) AND point = new.point),
        (SELECT seq FROM rm_history_clock))
    WHERE series = new.series AND chrono = new.chrono AND claim_id = new.claim_id;
    DELETE FROM rm_series_points_history
    WHERE series = new.series AND chrono = new.chrono AND claim_id = new.claim_id
      AND valid_to = (SELECT seq FROM rm_history_clock) AND point = new.point;
END;

CREATE TRIGGER rm_series_points_history_delete AFTER DELETE ON rm_series_points
WHEN old.valid_from < (SELECT seq FROM rm_history_clock)
BEGIN
    INSERT INTO rm_series_points_history (series, chrono, claim_id, valid_from, valid_to, point)
    SELECT old.series, old.chrono, old.claim_id, old.valid_from, seq, old.point FROM rm_history_clock;
END;

-- Discrepancies (but `tally_vs_incidents`, see above).
ALTER TABLE rm_discrepancies ADD COLUMN valid_from INTEGER NOT NULL DEFAULT 0;
CREATE TABLE rm_discrepancies_history (
    id         TEXT NOT NULL,
    valid_from INTEGER NOT NULL,
    valid_to   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    record     BLOB NOT NULL
);
CREATE INDEX rm_discrepancies_history_by_id ON rm_discrepancies_history (id, valid_to);
CREATE INDEX rm_discrepancies_history_by_end ON rm_discrepancies_history (valid_to, valid_from);

CREATE TRIGGER rm_discrepancies_history_replace BEFORE INSERT ON rm_discrepancies
WHEN new.kind <> 'tally_vs_incidents'
BEGIN
    INSERT INTO rm_discrepancies_history (id, valid_from, valid_to, kind, record)
    SELECT id, valid_from, (SELECT seq FROM rm_history_clock), kind, record FROM rm_discrepancies
    WHERE id = new.id AND valid_from < (SELECT seq FROM rm_history_clock);
END;

CREATE TRIGGER rm_discrepancies_history_insert AFTER INSERT ON rm_discrepancies
WHEN new.kind <> 'tally_vs_incidents'
BEGIN
    UPDATE rm_discrepancies SET valid_from = coalesce(
        (SELECT valid_from FROM rm_discrepancies_history
         WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record),
        (SELECT seq FROM rm_history_clock))
    WHERE id = new.id;
    DELETE FROM rm_discrepancies_history
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
END;

CREATE TRIGGER rm_discrepancies_history_delete AFTER DELETE ON rm_discrepancies
WHEN old.kind <> 'tally_vs_incidents' AND old.valid_from < (SELECT seq FROM rm_history_clock)
BEGIN
    INSERT INTO rm_discrepancies_history (id, valid_from, valid_to, kind, record)
    SELECT old.id, old.valid_from, seq, old.kind, old.record FROM rm_history_clock;
END;

-- Incidents: the totals history of 007 keeps every version; it now keeps each version's whole record
-- too (an incident's record changes with its figures, so a version is still one per change).
ALTER TABLE rm_incident_history ADD COLUMN record BLOB;

DROP TRIGGER rm_incidents_history_insert;
CREATE TRIGGER rm_incidents_history_insert AFTER INSERT ON rm_incidents
BEGIN
    -- Written again unchanged in the projection that removed it: the version goes on.
    UPDATE rm_incident_history SET valid_to = NULL
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
    INSERT INTO rm_incident_history
        (id, valid_from, valid_to, measure, category, area, day, low, high, best, best_claim, best_seq, record)
    SELECT new.id, c.seq, NULL, new.measure, new.category, coalesce(new.admin1, new.place), new.day,
           new.low, new.high, new.best, new.best_claim, (SELECT seq FROM rm_claims WHERE id = new.best_claim), new.record
    FROM rm_history_clock c
    WHERE NOT EXISTS (SELECT 1 FROM rm_incident_history WHERE id = new.id AND valid_to IS NULL);
END;
