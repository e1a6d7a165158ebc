-- 008: the incident linker's facts of a claim in the index it walks.
--
-- Re-linking a window of a linking group reads, day by day, every claim of the group in the window
-- (ReadModelStore.linkFacts). With the index holding only (incident_group, day), each claim cost a
-- read of its table row, and the rows of one group lie scattered through the file (a claim row is
-- about 2 KB: its record), so on a large ledger the walk was a page read per claim. This index holds
-- every column the walk reads, in the order it reads them, so a window is a few consecutive index pages.
DROP INDEX rm_claims_by_incident_group;
CREATE INDEX rm_claims_by_incident_group
    ON rm_claims (incident_group, day, id, report, category, days, tolerance, superseded_by)
    WHERE incident_group IS NOT NULL;
