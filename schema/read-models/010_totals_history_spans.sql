-- 010: an as-of read of the totals history walks about the versions that held then, not half the history.
--
-- A version holds over [valid_from, valid_to). The two indexes of 007 find the versions that held
-- after event S by one bound each: those closed after S (by_end) or those opened by S (by_start). Late
-- or early in the log one side is short; half-way through, each walks about half of every version
-- ever written (at a million events, 120,000 index entries for 11,000 answers: 144 ms on a first read).
--
-- Here a closed version also records `span`, the smallest power of 4 at least as long as it held
-- (valid_to - valid_from). A version of span w that held after S opened in (S - w, S], so the query
-- asks each span class for that range only, one index seek per class (at most 21), and reads the open
-- versions as before. Versions shorter than their class waste at most a few entries each: the read
-- is proportional to the answer, wherever S lies.

ALTER TABLE rm_incident_history ADD COLUMN span INTEGER;
UPDATE rm_incident_history SET span = CASE
        WHEN (valid_to - valid_from) <= 4 THEN 4
        WHEN (valid_to - valid_from) <= 16 THEN 16
        WHEN (valid_to - valid_from) <= 64 THEN 64
        WHEN (valid_to - valid_from) <= 256 THEN 256
        WHEN (valid_to - valid_from) <= 1024 THEN 1024
        WHEN (valid_to - valid_from) <= 4096 THEN 4096
        WHEN (valid_to - valid_from) <= 16384 THEN 16384
        WHEN (valid_to - valid_from) <= 65536 THEN 65536
        WHEN (valid_to - valid_from) <= 262144 THEN 262144
        WHEN (valid_to - valid_from) <= 1048576 THEN 1048576
        WHEN (valid_to - valid_from) <= 4194304 THEN 4194304
        WHEN (valid_to - valid_from) <= 16777216 THEN 16777216
        WHEN (valid_to - valid_from) <= 67108864 THEN 67108864
        WHEN (valid_to - valid_from) <= 268435456 THEN 268435456
        WHEN (valid_to - valid_from) <= 1073741824 THEN 1073741824
        WHEN (valid_to - valid_from) <= 4294967296 THEN 4294967296
        WHEN (valid_to - valid_from) <= 17179869184 THEN 17179869184
        WHEN (valid_to - valid_from) <= 68719476736 THEN 68719476736
        WHEN (valid_to - valid_from) <= 274877906944 THEN 274877906944
        WHEN (valid_to - valid_from) <= 1099511627776 THEN 1099511627776
        ELSE 9223372036854775807 END
WHERE valid_to IS NOT NULL;

CREATE INDEX rm_incident_history_by_span ON rm_incident_history
    (span, valid_from, valid_to, id, measure, category, area, day, low, high, best, best_claim, best_seq)
    WHERE valid_to IS NOT NULL;

DROP TRIGGER rm_incidents_history_delete;
CREATE TRIGGER rm_incidents_history_delete AFTER DELETE ON rm_incidents
BEGIN
    -- A version opened and closed by the same projection never held.
    DELETE FROM rm_incident_history
    WHERE id = old.id AND valid_to IS NULL AND valid_from = (SELECT seq FROM rm_history_clock);
    UPDATE rm_incident_history SET valid_to = (SELECT seq FROM rm_history_clock),
        span = CASE
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 4 THEN 4
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 16 THEN 16
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 64 THEN 64
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 256 THEN 256
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 1024 THEN 1024
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 4096 THEN 4096
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 16384 THEN 16384
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 65536 THEN 65536
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 262144 THEN 262144
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 1048576 THEN 1048576
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 4194304 THEN 4194304
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 16777216 THEN 16777216
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 67108864 THEN 67108864
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 268435456 THEN 268435456
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 1073741824 THEN 1073741824
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 4294967296 THEN 4294967296
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 17179869184 THEN 17179869184
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 68719476736 THEN 68719476736
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 274877906944 THEN 274877906944
        WHEN ((SELECT seq FROM rm_history_clock) - valid_from) <= 1099511627776 THEN 1099511627776
        ELSE 9223372036854775807 END
    WHERE id = old.id AND valid_to IS NULL;
END;

DROP TRIGGER rm_incidents_history_insert;
CREATE TRIGGER rm_incidents_history_insert AFTER INSERT ON rm_incidents
BEGIN
    -- Written again unchanged in the projection that removed it: the version goes on.
    UPDATE rm_incident_history SET valid_to = NULL, span = NULL
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
    INSERT INTO rm_incident_history
        (id, valid_from, valid_to, measure, category, area, day, low, high, best, best_claim, best_seq, record)
    SELECT new.id, c.seq, NULL, new.measure, new.category, coalesce(new.admin1, new.place), new.day,
           new.low, new.high, new.best, new.best_claim, (SELECT seq FROM rm_claims WHERE id = new.best_claim), new.record
    FROM rm_history_clock c
    WHERE NOT EXISTS (SELECT 1 FROM rm_incident_history WHERE id = new.id AND valid_to IS NULL);
END;

-- Reads no longer walk the versions by their opening event.
DROP INDEX rm_incident_history_by_start;
