-- 005: discrepancies from the incident checks (sources_disagree, superseded, date_conflict) are filed
-- under their incident's id in `rm_discrepancies.anchor`, so that re-linking a few days of a large
-- linking group finds the discrepancies of the incidents it replaces without reading the whole group.
--
-- Read models are derived data: forgetting how far they were folded makes the next command rebuild
-- them from the log with the new filing (the log itself is untouched).
DELETE FROM rm_state WHERE key = 'last_seq';
