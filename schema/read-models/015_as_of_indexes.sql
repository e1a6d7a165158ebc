-- 015: as-of reads that read only what they answer (issue 20).
--
-- `ledger replay --as-of` counts the claims that held after an event: those with `valid_from` at or
-- before it. Without an index on `valid_from` that count read the whole claims table (its records
-- and readable columns: 1.1 GB at a million events) for a number. The index holds the column and
-- the row id only (~10 B a claim), so the count walks it.
--
-- `ledger incidents` (now or `--as-of`) lists under each incident the back-references that recall
-- it: it read and decoded every claim to find the few that are. The partial index below holds the
-- incident claims whose readable `context` says back-reference, or was not written (a projection
-- run with the readable columns off, ``ReadableColumnWrites``): the reader decodes those and lets
-- `BackReferences.isBackReference` decide, as before.
--
-- Both are derived, as every `rm_` index: nothing to refold.

CREATE INDEX rm_claims_by_valid_from ON rm_claims (valid_from);
CREATE INDEX rm_claims_recalls ON rm_claims (id)
    WHERE kind = 'incident' AND (context IS NULL OR context = 'back_reference');
