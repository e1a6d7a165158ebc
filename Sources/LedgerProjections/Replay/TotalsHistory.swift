import GRDB
import LedgerCore
import LedgerStore

/// Reconciled totals as the ledger stood at a recorded time, read from the totals history that the
/// projector keeps (schema/007): an indexed read of the incident versions that held then, instead of
/// a replay of the log.
public enum TotalsHistory {
    public struct Answer: Sendable {
        public var totals: [ReconciledTotal]
        /// The sequence number of the event that recorded each claim behind a best figure.
        public var claimSeqs: [String: Int64]
        /// The last event the answer reflects.
        public var lastSeq: Int64
    }

    /// The totals as of `asOf` (now, when nil), or nil when the history cannot tell: the time falls
    /// before the history began (a ledger from before migration 007, rebuilt since), or events were
    /// appended with recorded times out of order around it. ``Replayer`` answers those.
    public static func totals(_ db: Database, asOf: String?) throws -> Answer? {
        let store = ReadModelStore(db)
        guard let seq = try ReadModelHistory.seq(db, asOf: asOf) else { return nil }
        let current = try seq == store.lastSeq()
        let (entries, claimSeqs) = try store.totalsEntries(at: current ? nil : seq)
        return Answer(totals: TotalsBuilder.totals(entries), claimSeqs: claimSeqs, lastSeq: seq)
    }
}
