import GRDB
import LedgerCore

extension ReadModelHistory {
    /// The running tallies beside the incidents after event `seq` (a mark), as
    /// ``TallyReconciliation/rows(series:incidents:)`` gives them over the whole reconciliation, one
    /// row at a time, from each series' last point and the incidents' summaries (a whole incident
    /// loaded, once, only where a tally's category or exclusions need it). `begin` is told how many
    /// rows follow before the first.
    public static func forEachTallyRow(
        _ db: Database, at seq: Int64, begin: (Int) throws -> Void = { _ in }, _ body: (TallyReconciliationRow) throws -> Void
    ) throws {
        let store = ReadModelStore(db)
        let tallies = TallyReconciliation.tallies(try store.lastSeriesPoints(at: seq).last)
        try begin(tallies.count)
        guard !tallies.isEmpty else { return }
        let incidents = try store.incidentSummaries(at: seq)
        let index = TallyCheckIndex(rows: incidents.map(\.row), measures: incidents.map(\.measure))
        try withRecords(store, incidents) { record in
            for t in tallies { try body(try TallyReconciliation.row(t, index: index, incidents: incidents, record: record)) }
        }
    }
}
