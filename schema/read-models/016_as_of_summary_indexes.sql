-- 016: an as-of summary reads indexes, not rows (issue 20: as-of at scale).
--
-- `ledger replay --as-of` counts the reports with a claim that held then, and sums up the incidents
-- of then. At a million realistic events (127,000 reports, 195,000 incidents) the first walked every
-- report's row and sought each one's claims' rows for their `valid_from` (0.6 s warm), the second
-- joined every open incident version to its incident's row for its place (0.8 s warm): most of the
-- summary's time once its tally checks stopped early.
--
-- Claims by report now carry `valid_from`, so both "the claims of a report" (the projector) and
-- "the reports with a claim by then" (a distinct walk of this index) read the index alone; the
-- index on `valid_from` alone (015) goes, as the claims of then are counted on this one (a claim
-- costs the same number of index entries as before).
--
-- An incident version keeps its incident's place key and province beside its area (`area` is the
-- province, else the place key, and cannot tell them apart), written when the version opens; the
-- open versions of the ledger as it stands are filled in from their incidents' rows. Closed
-- versions opened before this migration keep NULL there: readers take a closed version's facts
-- from its record, as before.
--
-- `ledger totals` gives each total the qualifier of the claims behind its best figures (a sum with
-- "more than" in it is a lower bound). It sought each of those claims' rows for its qualifier: at a
-- million events 195,000 seeks, half of an as-of `totals`. Nearly every claim is exact; a partial
-- index holds the others (and those whose readable columns were not written), so totals read the
-- few that are not and take the rest as exact.
--
-- The `tally_vs_incidents` checks an ingest defers (`Projector.settle`) read the summary columns of
-- the incidents of a measure dated within a tally's period: a country-wide tally read every incident
-- row (records and all) of its measure, an area's tally sought each of its area's rows. An index by
-- measure and day holding those columns answers both by a range walk (at a million realistic events,
-- 1,980 series: most of 45 s).
--
-- All derived, as every `rm_` table and index: nothing to refold.

DROP INDEX rm_claims_by_valid_from;
DROP INDEX rm_claims_by_report;
CREATE INDEX rm_claims_by_report ON rm_claims (report, valid_from);
CREATE INDEX rm_claims_inexact ON rm_claims (id, qualifier) WHERE qualifier IS NULL OR qualifier <> 'exact';
CREATE INDEX rm_incidents_by_day ON rm_incidents (measure, day, place, admin1, category, best, id);

ALTER TABLE rm_incident_history ADD COLUMN place TEXT;
ALTER TABLE rm_incident_history ADD COLUMN admin1 TEXT;
UPDATE rm_incident_history SET (place, admin1) = (SELECT i.place, i.admin1 FROM rm_incidents i WHERE i.id = rm_incident_history.id)
WHERE valid_to IS NULL;

DROP INDEX rm_incident_history_by_end;
CREATE INDEX rm_incident_history_by_end ON rm_incident_history
    (valid_to, valid_from, id, measure, category, area, day, low, high, best, best_claim, best_seq, place, admin1);

DROP TRIGGER rm_incidents_history_insert;
CREATE TRIGGER rm_incidents_history_insert AFTER INSERT ON rm_incidents
BEGIN
    -- Written again unchanged in the projection that removed it: the version goes on.
    UPDATE rm_incident_history SET valid_to = NULL, span = NULL, record = NULL
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
    INSERT INTO rm_incident_history
        (id, valid_from, valid_to, measure, category, area, day, low, high, best, best_claim, best_seq, record, place, admin1)
    SELECT new.id, c.seq, NULL, new.measure, new.category, coalesce(new.admin1, new.place), new.day,
           new.low, new.high, new.best, new.best_claim, (SELECT seq FROM rm_claims WHERE id = new.best_claim), NULL,
           new.place, new.admin1
    FROM rm_history_clock c
    WHERE NOT EXISTS (SELECT 1 FROM rm_incident_history WHERE id = new.id AND valid_to IS NULL);
END;
