-- 013: the `totals` view adds incidents up exactly as `ledger totals` does (TotalsBuilder), so the
-- number read in the sqlite3 shell or Datasette is the number the command prints.
--
-- 012's view grouped by governorate only ('?' when unknown); the command groups by the incident's
-- governorate, else its place key, and says what the best figures' qualifiers make of each sum
-- (TotalQualifier: one lower bound among exact figures makes the sum a lower bound, and so on).
-- A test compares this view with `ledger totals --format json` row by row.

DROP VIEW IF EXISTS totals;

CREATE VIEW totals AS
WITH entries AS (
    SELECT coalesce(substr(i.day, 1, 7), 'undated') AS period, coalesce(i.admin1, i.place) AS area, i.measure,
           i.category, i.low, i.best, i.high, c.qualifier AS q
    FROM rm_incidents AS i LEFT JOIN rm_claims AS c ON c.id = i.best_claim
)
SELECT period, area, measure, category, count(*) AS incidents, sum(low) AS low, sum(best) AS best, sum(high) AS high,
       CASE
           WHEN total(q = 'about') > 0 THEN 'about'
           WHEN total(q IN ('at_least', 'more_than')) > 0 AND total(q = 'up_to') > 0 THEN 'about'
           WHEN total(q = 'more_than') > 0 AND total(q = 'at_least') = 0 THEN 'more_than'
           WHEN total(q IN ('at_least', 'more_than')) > 0 THEN 'at_least'
           WHEN total(q = 'up_to') > 0 THEN 'up_to'
           ELSE 'exact'
       END AS qualifier
FROM entries
GROUP BY period, area, measure, category;
