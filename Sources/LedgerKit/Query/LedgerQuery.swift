import GRDB
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

/// Which ledger state a query reads: as it stands, as it stood at a past recorded time (`asOf`),
/// counting only incidents dated and tally periods ending by a day (`through`).
///
/// The read models answer for now; for a past time, their history; with `through`, the claims and
/// links of either, reconciled again. Where the history cannot tell (events recorded out of order
/// around the time, or a time before the history began), the log is replayed. All give the same
/// answer; `fromLog` forces the replay, which checks that they do.
public struct LedgerQuery: Sendable, Equatable {
    /// Only what the ledger had recorded by this date or ISO 8601 time (a date means the end of that day).
    public var asOf: String?
    /// Only incidents dated, and tally periods ending, by this day (`YYYY-MM-DD`).
    public var through: String?
    /// Fold the event log instead of reading the read models and their history.
    public var fromLog: Bool

    /// A query; with no arguments, the ledger as it stands.
    public init(asOf: String? = nil, through: String? = nil, fromLog: Bool = false) {
        self.asOf = asOf
        self.through = through
        self.fromLog = fromLog
    }

    /// Why `asOf` or `through` cannot be read, in the words of the `ledger` options; nil when both can.
    public var problem: String? {
        if let asOf, Timestamp.parseUpperBound(asOf) == nil {
            return "--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '\(asOf)'"
        }
        if let through, Day(iso: through) == nil || through.count != 10 {
            return "--through must be a date as YYYY-MM-DD, not '\(through)'"
        }
        return nil
    }

    var bound: String? { asOf.flatMap(Timestamp.parseUpperBound) }

    /// The reconciled totals asked for and the ledger state they reflect. Without `through` they are
    /// read from the read models, as of `asOf` from the totals history (an indexed read); with it, or
    /// where the history cannot tell, from a replay.
    func totals(_ ledger: Ledger) throws -> (totals: [ReconciledTotal], seqOf: [String: Int64], state: QueriedState) {
        if let answer = try historyTotals(ledger) { return answer }
        let (rec, state) = try reconciliationWithState(ledger)
        return (TotalsBuilder.totals(rec.incidents), ExportTables.claimSeqs(rec), state)
    }

    /// The totals read from the totals history (an indexed read, no reconciliation), with the ledger
    /// state they reflect; nil with `through` or `fromLog`, or where the history cannot tell.
    public func historyTotals(_ ledger: Ledger) throws -> (totals: [ReconciledTotal], seqOf: [String: Int64], state: QueriedState)? {
        guard through == nil, !fromLog else { return nil }
        let bound = self.bound
        return try ledger.writer.read { db in
            guard let answer = try TotalsHistory.totals(db, asOf: bound) else { return nil }
            let state = QueriedState(lastSeq: answer.lastSeq, head: try Self.hash(db, answer.lastSeq), asOf: bound, through: nil, replay: nil)
            return (answer.totals, answer.claimSeqs, state)
        }
    }

    /// The reconciliation and the ledger state it reflects (the last event folded). Read-only: where
    /// the read models have tally checks pending (another process appending while this one reads, or a
    /// ledger that cannot be written), the log is folded instead of settling them.
    ///
    /// Read from the read models (or their history), it holds only `parts` (the others empty: a
    /// command that lists discrepancies decodes no claim); folded from the log, it is whole.
    public func reconciliationWithState(
        _ ledger: Ledger, parts: ReconciliationParts = .all
    ) throws -> (reconciliation: Reconciliation, state: QueriedState) {
        let throughDay = through.flatMap { Day(iso: $0) }
        let bound = self.bound
        let answered = try fromLog ? nil : ledger.writer.read { db -> (Reconciliation, QueriedState)? in
            let store = ReadModelStore(db)
            guard let (seq, state) = try answeringProjection(db, bound: bound) else { return nil }
            if try Projector.hasPendingChecks(db) { return nil }
            if seq == (try store.lastSeq()), throughDay == nil {
                return (try Self.current(store, seq: seq, parts: parts), state)
            }
            return (try ReadModelHistory.reconciliation(db, at: seq, through: throughDay, parts: parts), state)
        }
        if let answered { return answered }
        let (rec, stats) = try Replayer.reconcile(ledger, asOf: bound, through: throughDay)
        let head = try ledger.writer.read { db in try Self.hash(db, stats.lastSeq) }
        return (rec, QueriedState(lastSeq: stats.lastSeq, head: head, asOf: bound, through: through, replay: stats))
    }

    /// The read models as they stand (their settled tally checks included), holding only `parts`.
    private static func current(_ store: ReadModelStore, seq: Int64, parts: ReconciliationParts) throws -> Reconciliation {
        let checks = parts.contains(.discrepancies)
        let incidents = parts.contains(.incidents) || checks ? try store.incidents() : []
        let series = parts.contains(.series) || checks ? try store.seriesPoints() : []
        var claims: [ClaimRecord] = []
        if parts.contains(.claims) {
            claims = try store.allClaims()
        } else if parts.contains(.backReferences) {
            try store.forEachRecallCandidate(at: seq) { claims.append($0) }
        }
        let discrepancies = checks ? try store.discrepancies(series: series, incidents: incidents) : []
        return Reconciliation(claims: claims, incidents: incidents, series: series, discrepancies: discrepancies)
    }

    /// The projection whose read models (current, or from their history) answer this query as they
    /// are, with no reconciling again: nil with `through` or `fromLog`, or where the history cannot
    /// tell. For readers that stream rows from ``ReadModelStore`` instead of holding a reconciliation.
    func readModelsAnswer(_ ledger: Ledger) throws -> (seq: Int64, state: QueriedState)? {
        guard through == nil, !fromLog else { return nil }
        let bound = self.bound
        return try ledger.writer.read { db in try answeringProjection(db, bound: bound) }
    }

    /// What a reconciliation holds, counted, and the ledger state it reflects: from the read models'
    /// history without decoding a claim or a discrepancy (its memory does not grow with the ledger),
    /// else from the whole reconciliation (`through`, or a time the history cannot tell).
    func counts(_ ledger: Ledger) throws -> (counts: ReadModelHistory.Counts, state: QueriedState) {
        if let (seq, state) = try readModelsAnswer(ledger) {
            return (try ReadModelHistory.counts(ledger.writer, at: seq), state)
        }
        let (rec, state) = try reconciliationWithState(ledger)
        return (ReadModelHistory.Counts(rec), state)
    }

    /// The projection whose read models (or their history) show the ledger as of `bound`, and the
    /// ledger state that is; nil where the history cannot tell.
    private func answeringProjection(_ db: Database, bound: String?) throws -> (seq: Int64, state: QueriedState)? {
        guard let seq = try ReadModelHistory.seq(db, asOf: bound) else { return nil }
        return (seq, QueriedState(lastSeq: seq, head: try Self.hash(db, seq), asOf: bound, through: through, replay: nil))
    }

    /// The hash of event `seq`: the head of the ledger a query answered from.
    static func hash(_ db: Database, _ seq: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT hash FROM events WHERE seq = ?", arguments: [seq]) ?? EventHash.genesis
    }
}

/// Which ledger state a query answered from.
public struct QueriedState: Sendable, Equatable {
    /// The last event the answer reflects.
    public var lastSeq: Int64
    /// That event's hash.
    public var head: String
    /// The recorded-time bound asked for, as an upper-bound timestamp.
    public var asOf: String?
    /// The event-time bound asked for (`YYYY-MM-DD`).
    public var through: String?
    /// How the log was replayed, when it was (nil: read from the read models or their history).
    public var replay: ReplayStats?
}
