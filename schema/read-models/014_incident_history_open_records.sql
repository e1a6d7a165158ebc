-- 014: an incident's open version no longer keeps a copy of its record (issue 20: a small file).
--
-- Since 009 every version of an incident in `rm_incident_history` kept the incident's whole record,
-- the open one (`valid_to IS NULL`) too, although the incident's current row in `rm_incidents` holds
-- the same bytes: on realistic data, where incidents seldom change, that was a second copy of every
-- incident record (~200 B per event). Now an open version's `record` is NULL and reads take the
-- current row's (`coalesce(h.record, i.record)`); the record is copied into the version when it
-- closes (the incident's row is deleted), which is the only time the two can differ. The reopening
-- of a version written back unchanged in the projection that closed it compares the closed copy, as
-- before, and clears it again.

DROP TRIGGER rm_incidents_history_delete;
CREATE TRIGGER rm_incidents_history_delete AFTER DELETE ON rm_incidents
BEGIN
    -- A version opened and closed by the same projection never held.
    DELETE FROM rm_incident_history
    WHERE id = old.id AND valid_to IS NULL AND valid_from = (SELECT seq FROM rm_history_clock);
    UPDATE rm_incident_history SET valid_to = (SELECT seq FROM rm_history_clock), record = old.record,
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
    UPDATE rm_incident_history SET valid_to = NULL, span = NULL, record = NULL
    WHERE id = new.id AND valid_to = (SELECT seq FROM rm_history_clock) AND record = new.record;
    INSERT INTO rm_incident_history
        (id, valid_from, valid_to, measure, category, area, day, low, high, best, best_claim, best_seq, record)
    SELECT new.id, c.seq, NULL, new.measure, new.category, coalesce(new.admin1, new.place), new.day,
           new.low, new.high, new.best, new.best_claim, (SELECT seq FROM rm_claims WHERE id = new.best_claim), NULL
    FROM rm_history_clock c
    WHERE NOT EXISTS (SELECT 1 FROM rm_incident_history WHERE id = new.id AND valid_to IS NULL);
END;

-- The open versions of the ledger as it stands drop their copy (only where it is the current row's).
UPDATE rm_incident_history SET record = NULL
WHERE valid_to IS NULL AND record = (SELECT i.record FROM rm_incidents i WHERE i.id = rm_incident_history.id);
