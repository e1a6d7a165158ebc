-- 017: a new read-model row is written once, not twice (issue 20: ingest that keeps pace).
--
-- The history triggers of 009 opened every inserted claim, series point and discrepancy with an
-- UPDATE of the row just inserted: `valid_from` set to the projection's clock, or put back to the
-- start of a version this projection had closed with the same content (an unchanged rewrite). An
-- UPDATE rewrites the whole row (a claim's record and readable columns) and the entries of every
-- index holding `valid_from`: each new claim was written twice. The projector now writes
-- `valid_from` with the row (the clock's `seq`), and the UPDATE runs only where it changes something:
-- the row came in with another `valid_from` (a writer that leaves the column to its default), or
-- this projection closed a version of the same key (the rewrite may reopen it). What the triggers
-- leave in the tables is the same as before; only the needless second write goes.
--
-- Triggers only: no table or index changes, nothing to refold.

DROP TRIGGER rm_claims_history_insert;
CREATE TRIGGER rm_claims_history_insert AFTER INSERT ON rm_claims
WHEN new.valid_from <> (SELECT seq FROM rm_history_clock)
  OR EXISTS (SELECT 1 FROM rm_claims_history WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock))
BEGIN
    UPDATE rm_claims SET valid_from = coalesce(
        (SELECT valid_from FROM rm_claims_history
         WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record),
        (SELECT seq FROM rm_history_clock))
    WHERE id = new.id;
    DELETE FROM rm_claims_history
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
END;

DROP TRIGGER rm_series_points_history_insert;
CREATE TRIGGER rm_series_points_history_insert AFTER INSERT ON rm_series_points
WHEN new.valid_from <> (SELECT seq FROM rm_history_clock)
  OR EXISTS (SELECT 1 FROM rm_series_points_history
             WHERE series = new.series AND chrono = new.chrono AND claim_id = new.claim_id
               AND valid_to = (SELECT seq FROM rm_history_clock))
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

DROP TRIGGER rm_discrepancies_history_insert;
CREATE TRIGGER rm_discrepancies_history_insert AFTER INSERT ON rm_discrepancies
WHEN new.kind <> 'tally_vs_incidents'
  AND (new.valid_from <> (SELECT seq FROM rm_history_clock)
       OR EXISTS (SELECT 1 FROM rm_discrepancies_history
                  WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock)))
BEGIN
    UPDATE rm_discrepancies SET valid_from = coalesce(
        (SELECT valid_from FROM rm_discrepancies_history
         WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record),
        (SELECT seq FROM rm_history_clock))
    WHERE id = new.id;
    DELETE FROM rm_discrepancies_history
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
END;
