-- 005: read models that an append updates in time independent of the ledger's size.
--
-- Discrepancies from the incident checks (sources_disagree, superseded, date_conflict) are filed
-- under their incident's id in `rm_discrepancies.anchor`, so that re-linking a few days of a large
-- linking group finds the discrepancies of the incidents it replaces without reading the whole group.
--
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
