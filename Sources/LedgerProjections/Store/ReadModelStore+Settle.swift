import Foundation
import GRDB

extension ReadModelStore {
    /// Replaces a series' `tally_vs_incidents` checks with `fresh`, leaving in place each stored row
    /// that comes out the same. A settle re-runs the check of every series whose area holds a changed
    /// incident, and most come out as they were: rewriting them moved each row and its index entries
    /// (1,620 of the 1,620 rewritten at 300 k events were the same bytes). A check keeps no history
    /// (schema/009), so a row left in place reads as a row written again. What a stored check holds
    /// beyond its record is side B (the largest incidents' evidence, in the readable columns only):
    /// a row is the same when both are.
    func replaceTallyChecks(series key: String, with fresh: [Discrepancy]) throws {
        var stored: [String: (record: Data, sideB: String?, evidence: String?)] = [:]
        let rows = try Row.fetchCursor(
            statement("SELECT id, record, side_b, side_b_evidence FROM rm_discrepancies WHERE grp = ? AND kind = ?"),
            arguments: [key, DiscrepancyKind.tallyVsIncidents.rawValue])
        while let row = try rows.next() { stored[row[0]] = (row[1], row[2], row[3]) }
        // As when each was inserted in order with INSERT OR REPLACE: the last of a repeated id wins.
        var lastOf: [String: Int] = [:]
        for (i, d) in fresh.enumerated() { lastOf[d.id] = i }
        var changed: [Discrepancy] = []
        for (i, d) in fresh.enumerated() where lastOf[d.id] == i {
            if let row = stored[d.id], d.incidents.isEmpty, ReadableColumnWrites.enabled,
               row.record == (try ReadModelStore.blob(TallyCheckLists.stored(d))) {
                let sideB = ReadableColumns.sideB(d)
                if row.sideB == sideB.ids && row.evidence == sideB.evidence { continue }
            }
            changed.append(d)
        }
        let gone = stored.keys.filter { lastOf[$0] == nil }
        if !gone.isEmpty { try deleteDiscrepancies(ids: gone.sorted()) }
        for d in changed { try insert(d) }
    }
}
