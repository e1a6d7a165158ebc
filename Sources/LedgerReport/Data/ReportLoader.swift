import GRDB
import LedgerCore
import LedgerKit
import LedgerProjections
import LedgerStore

/// Reads what a report shows from a ledger whose read models are current (the CLI opens it so).
///
/// The query is LedgerKit's ``LedgerQuery``: now from the read models, a past time from their history,
/// `through` reconciled again, and a replay of the log where the history cannot tell.
public enum ReportLoader {
    /// The reconciliation, the reports and the chain state for `query`.
    /// - Parameter verify: re-walk the hash chain up to the answer's last event (the overview says so).
    public static func load(_ ledger: Ledger, query: ReportQuery, verify: Bool = true, now: String = Timestamp.now()) throws -> ReportData {
        let (rec, seq) = try reconciliation(ledger, query: query)
        let head = try ledger.writer.read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM events WHERE seq = ?", arguments: [seq])
        } ?? EventHash.genesis
        var chain: ReportData.ChainCheck?
        if verify {
            switch try ledger.verify(through: seq) {
            case .intact(let events, _): chain = .init(intact: true, detail: "verified: \(events) events, every hash recomputed")
            case .broken(let at, let reason, _): chain = .init(intact: false, detail: "BROKEN at event \(at): \(reason)")
            }
        }
        return ReportData(
            reconciliation: rec, reports: try reports(ledger, upTo: seq), query: query, lastSeq: seq, head: head,
            chain: chain, generatedAt: now)
    }

    /// The reconciliation a query answers and the last event it reflects: LedgerKit's query, which is
    /// read-only (where the read models have checks pending, the log is folded instead of settling them).
    public static func reconciliation(_ ledger: Ledger, query: ReportQuery) throws -> (Reconciliation, Int64) {
        let (rec, state) = try query.ledgerQuery.reconciliationWithState(ledger)
        return (rec, state.lastSeq)
    }

    /// The reports recorded up to event `seq`, by content hash.
    public static func reports(_ ledger: Ledger, upTo seq: Int64) throws -> [String: StoredReport] {
        var out: [String: StoredReport] = [:]
        try ledger.forEachEvent(EventFilter(types: [.reportIngested], toSeq: seq)) { e in
            if case .reportIngested(let r) = try e.decoded() { out[r.report.contentHash] = StoredReport(r, seq: e.seq) }
            return true
        }
        return out
    }
}
