-- 012: read models anyone can read with plain SQL (the sqlite3 shell, Datasette).
--
-- The projector keeps each read model's record in a compact binary column for its own reads; beside it
-- it now writes, in the same statement, plain columns with every figure a user sees in `ledger claims`,
-- `incidents`, `series` and `discrepancies`. Four views give them the names the README and
-- docs/datasette-metadata.json describe, and `totals` adds the incidents up by month and governorate.
-- The columns are derived: `ledger rebuild` writes them again, and this migration clears the read
-- models' position (`rm_state`) so that the next command refolds the log and fills them in.

ALTER TABLE rm_claims ADD COLUMN value INTEGER;
ALTER TABLE rm_claims ADD COLUMN qualifier TEXT;
ALTER TABLE rm_claims ADD COLUMN role TEXT;
ALTER TABLE rm_claims ADD COLUMN context TEXT;
ALTER TABLE rm_claims ADD COLUMN victims TEXT;
ALTER TABLE rm_claims ADD COLUMN victims_text TEXT;
ALTER TABLE rm_claims ADD COLUMN place TEXT;
ALTER TABLE rm_claims ADD COLUMN place_text TEXT;
ALTER TABLE rm_claims ADD COLUMN admin1 TEXT;
ALTER TABLE rm_claims ADD COLUMN period_start TEXT;
ALTER TABLE rm_claims ADD COLUMN period_end TEXT;
ALTER TABLE rm_claims ADD COLUMN event_day TEXT;
ALTER TABLE rm_claims ADD COLUMN publisher TEXT;
ALTER TABLE rm_claims ADD COLUMN report_day TEXT;
ALTER TABLE rm_claims ADD COLUMN attributed_to TEXT;
ALTER TABLE rm_claims ADD COLUMN exclusions TEXT;
ALTER TABLE rm_claims ADD COLUMN evidence TEXT;
ALTER TABLE rm_claims ADD COLUMN span_start INTEGER;
ALTER TABLE rm_claims ADD COLUMN span_end INTEGER;

ALTER TABLE rm_incidents ADD COLUMN place_text TEXT;
ALTER TABLE rm_incidents ADD COLUMN last_day TEXT;
ALTER TABLE rm_incidents ADD COLUMN rule TEXT;
ALTER TABLE rm_incidents ADD COLUMN sources TEXT;
ALTER TABLE rm_incidents ADD COLUMN claim_ids TEXT;

ALTER TABLE rm_series_points ADD COLUMN publisher TEXT;
ALTER TABLE rm_series_points ADD COLUMN measure TEXT;
ALTER TABLE rm_series_points ADD COLUMN category TEXT;
ALTER TABLE rm_series_points ADD COLUMN period_start TEXT;
ALTER TABLE rm_series_points ADD COLUMN period_end TEXT;
ALTER TABLE rm_series_points ADD COLUMN value INTEGER;
ALTER TABLE rm_series_points ADD COLUMN qualifier TEXT;
ALTER TABLE rm_series_points ADD COLUMN report_day TEXT;
ALTER TABLE rm_series_points ADD COLUMN evidence TEXT;

ALTER TABLE rm_discrepancies ADD COLUMN summary TEXT;
ALTER TABLE rm_discrepancies ADD COLUMN stated INTEGER;
ALTER TABLE rm_discrepancies ADD COLUMN other INTEGER;
ALTER TABLE rm_discrepancies ADD COLUMN gap INTEGER;
ALTER TABLE rm_discrepancies ADD COLUMN side_a TEXT;
ALTER TABLE rm_discrepancies ADD COLUMN side_b TEXT;
ALTER TABLE rm_discrepancies ADD COLUMN side_a_evidence TEXT;
ALTER TABLE rm_discrepancies ADD COLUMN side_b_evidence TEXT;
ALTER TABLE rm_discrepancies ADD COLUMN incident_ids TEXT;

CREATE VIEW claims AS
SELECT c.id, c.report, c.seq AS event_seq, c.status, c.kind, c.role, c.parent, c.measure, c.value, c.qualifier,
       c.victims AS category, c.victims_text AS category_text, c.place, c.place_text, c.admin1,
       c.period_start, c.period_end, c.event_day, c.publisher, c.report_day, c.attributed_to, c.context,
       c.exclusions, c.evidence, c.span_start, c.span_end
FROM rm_claims AS c;

CREATE VIEW incidents AS
SELECT i.id, i.measure, i.category, i.place, i.place_text, i.admin1, i.day, i.last_day, i.low, i.best, i.high,
       i.rule, i.best_claim, i.sources, i.claim_ids
FROM rm_incidents AS i;

CREATE VIEW series_points AS
SELECT p.series, p.publisher, p.measure, p.category, p.period_start, p.period_end, p.report_day, p.value,
       p.qualifier, p.claim_id, p.evidence
FROM rm_series_points AS p;

CREATE VIEW discrepancies AS
SELECT d.id, d.kind, d.severity, d.stated, d.other, d.gap, d.summary, d.side_a, d.side_b, d.side_a_evidence,
       d.side_b_evidence, d.incident_ids, d.grp AS checked_in
FROM rm_discrepancies AS d;

-- The incident totals by month and governorate: undated incidents under 'undated'.
CREATE VIEW totals AS
SELECT coalesce(substr(day, 1, 7), 'undated') AS month, coalesce(admin1, '?') AS admin1, measure, category,
       count(*) AS incidents, sum(low) AS low, sum(best) AS best, sum(high) AS high
FROM rm_incidents
GROUP BY 1, 2, measure, category;

DELETE FROM rm_state;
