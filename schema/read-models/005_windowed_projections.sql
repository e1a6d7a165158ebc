-- 005: read models that an append updates in time independent of the ledger's size.
--
-- Discrepancies from the incident checks (sources_disagree, superseded, date_conflict) are filed
-- under their incident's id in `rm_discrepancies.anchor`, so that re-linking a few days of a large
-- linking group finds the discrepancies of the incidents it replaces without reading the whole group.
--
-- The facts the incident linker reads of a candidate claim (besides `report` and `day`, the anchor)
-- are columns of `rm_claims`, so that a walk over weeks of a group decodes no claim record:
-- `category`, `days` (the ordinals of the days it may be placed at, comma-separated), `tolerance`
-- (its window in days) and `superseded_by`.
ALTER TABLE rm_claims ADD COLUMN category TEXT;
ALTER TABLE rm_claims ADD COLUMN days TEXT;
ALTER TABLE rm_claims ADD COLUMN tolerance INTEGER;
ALTER TABLE rm_claims ADD COLUMN superseded_by TEXT;

-- `tally_vs_incidents` compares a running tally with every incident of its area and period, so it
-- costs time in proportion to the ledger. An append no longer runs it: it files the series whose
-- check is due here, and the next query (or the end of an ingest) settles them
-- (LedgerProjections.Projector.settle). A rebuild leaves nothing pending.
CREATE TABLE rm_pending_checks (
    series TEXT PRIMARY KEY NOT NULL
);

-- Read models are derived data: forgetting how far they were folded makes the next command rebuild
-- them from the log with the new filing (the log itself is untouched).
DELETE FROM rm_state WHERE key = 'last_seq';
