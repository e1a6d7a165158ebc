import Foundation
import GRDB

extension ReadModelStore {
    /// Replaces stored discrepancies (`stored`, their ids) with `fresh`, leaving in place each one that
    /// `unchanged` finds stored as it comes out: a rewrite moves the row and its index entries, and
    /// opens a history version where the kind keeps one. The rest are deleted, then the changed and
    /// new ones inserted; of a repeated id the last wins, as with INSERT OR REPLACE in order.
    func replaceDiscrepancies(
        stored: some Sequence<String>, with fresh: [Discrepancy], unchanged: (Discrepancy) throws -> Bool
    ) throws {
        var lastOf: [String: Int] = [:]
        for (i, d) in fresh.enumerated() { lastOf[d.id] = i }
        var kept = Set<String>()
        var changed: [Discrepancy] = []
        for (i, d) in fresh.enumerated() where lastOf[d.id] == i {
            if try unchanged(d) { kept.insert(d.id) } else { changed.append(d) }
        }
        let stale = stored.filter { !kept.contains($0) }
        if !stale.isEmpty { try deleteDiscrepancies(ids: stale) }
        for d in changed { try insert(d) }
    }

    /// Replaces a series' `tally_vs_incidents` checks with `fresh` (``replaceDiscrepancies``). A settle
    /// re-runs the check of every series whose area holds a changed incident, and most come out as
    /// they were (1,620 of 1,620 at 300 k events). What a stored check holds beyond its record is side
    /// B (the largest incidents' evidence, in the readable columns only): a row is the same when both are.
    func replaceTallyChecks(series key: String, with fresh: [Discrepancy]) throws {
        var stored: [String: (record: Data, sideB: String?, evidence: String?)] = [:]
        let rows = try Row.fetchCursor(
            statement("SELECT id, record, side_b, side_b_evidence FROM rm_discrepancies WHERE grp = ? AND kind = ?"),
            arguments: [key, DiscrepancyKind.tallyVsIncidents.rawValue])
        while let row = try rows.next() { stored[row[0]] = (row[1], row[2], row[3]) }
        try replaceDiscrepancies(stored: stored.keys, with: fresh) { d in
            guard let row = stored[d.id], d.incidents.isEmpty, ReadableColumnWrites.enabled,
                  row.record == (try ReadModelStore.blob(TallyCheckLists.stored(d))) else { return false }
            let sideB = ReadableColumns.sideB(d)
            return row.sideB == sideB.ids && row.evidence == sideB.evidence
        }
    }
}
