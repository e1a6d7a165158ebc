import ArgumentParser
import GRDB
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

/// `--as-of` and `--through`, shared by every query command.
struct QueryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Only what the ledger had recorded by this date or time (a date means the end of that day).",
        valueName: "date-or-time"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only incidents dated, and tally periods ending, by this day.", valueName: "date"))
    var through: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Fold the event log instead of reading the read models and their history (slower; both agree, so this checks that they do)."))
    var fromLog = false

    func validate() throws {
        if let asOf, Timestamp.parseUpperBound(asOf) == nil {
            throw ValidationError("--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '\(asOf)'")
        }
        if let through, Day(iso: through) == nil || through.count != 10 {
            throw ValidationError("--through must be a date as YYYY-MM-DD, not '\(through)'")
        }
    }

    /// The reconciliation asked for: the read models as they are or as they stood at `--as-of`, limited
    /// by `--through` (see ``reconciliationWithState(_:)``).
    func reconciliation(_ options: LedgerOptions) throws -> Reconciliation {
        try reconciliationWithState(options).reconciliation
    }

    /// The reconciled totals asked for and the ledger state they reflect. Without `--through` they
    /// are read from the read models, as of `--as-of` from the totals history (an indexed read); with
    /// it, or where the history cannot tell, from a replay.
    func totals(_ options: LedgerOptions) throws -> (totals: [ReconciledTotal], seqOf: [String: Int64], state: QueriedState) {
        let ledger = try Projections.openCurrent(options)
        let bound = asOf.flatMap(Timestamp.parseUpperBound)
        if through == nil, !fromLog, let answer = try withLedgerErrors({
            try ledger.writer.read { db -> (TotalsHistory.Answer, String)? in
                guard let answer = try TotalsHistory.totals(db, asOf: bound) else { return nil }
                return (answer, try Self.hash(db, answer.lastSeq))
            }
        }) {
            let state = QueriedState(lastSeq: answer.0.lastSeq, head: answer.1, asOf: bound, through: nil, replay: nil)
            return (answer.0.totals, answer.0.claimSeqs, state)
        }
        let (rec, state) = try reconciliationWithState(ledger)
        return (TotalsBuilder.totals(rec.incidents), ExportTables.claimSeqs(rec), state)
    }

    /// The reconciliation and the ledger state it reflects (the last event folded), for export headers.
    ///
    /// The read models answer for now; for a past time, their history (the rows that held after the
    /// last projection recorded by then); with `--through`, the claims and links of either, reconciled
    /// again. Where the history cannot tell (events recorded out of order around the time, or a time
    /// before the history began), the log is replayed.
    func reconciliationWithState(_ options: LedgerOptions) throws -> (reconciliation: Reconciliation, state: QueriedState) {
        try reconciliationWithState(try Projections.openCurrent(options))
    }

    /// ``reconciliationWithState(_:)-(LedgerOptions)`` on a ledger already opened and brought up to date.
    func reconciliationWithState(_ ledger: Ledger) throws -> (reconciliation: Reconciliation, state: QueriedState) {
        let throughDay = through.flatMap { Day(iso: $0) }
        let bound = asOf.flatMap(Timestamp.parseUpperBound)
        return try withLedgerErrors {
            let answered = try fromLog ? nil : ledger.writer.read { db -> (Reconciliation, QueriedState)? in
                let store = ReadModelStore(db)
                guard let (seq, state) = try answeringProjection(db, bound: bound) else { return nil }
                if seq == (try store.lastSeq()), throughDay == nil {
                    // Now: the read models as they stand (their settled tally checks included).
                    return (Reconciliation(
                        claims: try store.allClaims(), incidents: try store.incidents(), series: try store.seriesPoints(),
                        discrepancies: try store.discrepancies()), state)
                }
                return (try ReadModelHistory.reconciliation(db, at: seq, through: throughDay), state)
            }
            if let answered { return answered }
            let (rec, stats) = try Replayer.reconcile(ledger, asOf: bound, through: throughDay)
            let head = try ledger.writer.read { db in try Self.hash(db, stats.lastSeq) }
            return (rec, QueriedState(lastSeq: stats.lastSeq, head: head, asOf: bound, through: through, replay: stats))
        }
    }

    /// The projection whose read models (current, or from their history) answer this query as they
    /// are, with no reconciling again: nil with `--through` or `--from-log`, or where the history cannot
    /// tell. For readers that stream rows from ``ReadModelStore`` instead of holding a reconciliation.
    func readModelsAnswer(_ options: LedgerOptions) throws -> (ledger: Ledger, seq: Int64, state: QueriedState)? {
        guard through == nil, !fromLog else { return nil }
        return try readModelsAnswer(try Projections.openCurrent(options))
    }

    func readModelsAnswer(_ ledger: Ledger) throws -> (ledger: Ledger, seq: Int64, state: QueriedState)? {
        guard through == nil, !fromLog else { return nil }
        let bound = asOf.flatMap(Timestamp.parseUpperBound)
        return try withLedgerErrors {
            try ledger.writer.read { db in try answeringProjection(db, bound: bound).map { (ledger, $0.seq, $0.state) } }
        }
    }

    /// What a reconciliation holds, counted, and the ledger state it reflects: from the read models'
    /// history without decoding a claim or a discrepancy (its memory does not grow with the ledger),
    /// else from the whole reconciliation (`--through`, or a time the history cannot tell).
    func counts(_ options: LedgerOptions) throws -> (counts: ReadModelHistory.Counts, state: QueriedState) {
        let ledger = try Projections.openCurrent(options)
        if let (ledger, seq, state) = try readModelsAnswer(ledger) {
            return (try withLedgerErrors { try ledger.writer.read { db in try ReadModelHistory.counts(db, at: seq) } }, state)
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
struct QueriedState {
    var lastSeq: Int64
    var head: String
    var asOf: String?
    var through: String?
    var replay: ReplayStats?
}

enum Projections {
    /// Opens an existing ledger for reading, with its read models up to date with the log and no
    /// check left pending.
    ///
    /// A ledger whose read models are current is opened read-only, so that queries work on a file
    /// that cannot be written (an archived or shared ledger). Otherwise it is opened for writing and
    /// brought up to date first (a ledger written before the read models existed, or by a program
    /// without the projector, is rebuilt once; tally checks an append left pending are settled).
    /// - Parameter forWriting: open it writable in any case (for commands that append).
    static func openCurrent(_ options: LedgerOptions, forWriting: Bool = false) throws -> Ledger {
        if !forWriting, let ledger = try? Ledger(path: options.db, mode: .readOnly, busyTimeout: options.busyTimeout),
           try withLedgerErrors({ try isCurrent(ledger) }) {
            return ledger
        }
        let ledger = try options.open()
        try withLedgerErrors {
            let head = try ledger.head().seq
            let folded = try ledger.writer.read { try ReadModelStore($0).lastSeq() }
            if folded != head {
                printError("read models are behind the log (\(folded) of \(head) events); rebuilding them")
                try ledger.writer.write { db in _ = try Projector.rebuild(db) }
            }
            // Checks an append left for the next query (tally against incidents).
            if try ledger.writer.read(Projector.hasPendingChecks) {
                try ledger.writer.write { db in _ = try Projector.settle(db) }
            }
        }
        return ledger
    }

    /// Whether the read models have folded every event and have no check pending.
    static func isCurrent(_ ledger: Ledger) throws -> Bool {
        let head = try ledger.head().seq
        return try ledger.writer.read { db in
            try ReadModelStore(db).lastSeq() == head && !(try Projector.hasPendingChecks(db))
        }
    }
}
