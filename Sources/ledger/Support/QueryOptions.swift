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

    func validate() throws {
        if let asOf, Timestamp.parseUpperBound(asOf) == nil {
            throw ValidationError("--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '\(asOf)'")
        }
        if let through, Day(iso: through) == nil || through.count != 10 {
            throw ValidationError("--through must be a date as YYYY-MM-DD, not '\(through)'")
        }
    }

    /// The reconciliation asked for: the read models as they are, or one folded in memory from the
    /// events recorded by `--as-of` (from the nearest checkpoint), limited by `--through`.
    func reconciliation(_ options: LedgerOptions) throws -> Reconciliation {
        try reconciliationWithState(options).reconciliation
    }

    /// The reconciled totals asked for and the ledger state they reflect. Without `--through` they
    /// are read from the read models, as of `--as-of` from the totals history (an indexed read); with
    /// it, or where the history cannot tell, from a replay.
    func totals(_ options: LedgerOptions) throws -> (totals: [ReconciledTotal], seqOf: [String: Int64], state: QueriedState) {
        let ledger = try Projections.openCurrent(options)
        let bound = asOf.flatMap(Timestamp.parseUpperBound)
        if through == nil, let answer = try withLedgerErrors({
            try ledger.writer.read { db -> (TotalsHistory.Answer, String)? in
                guard let answer = try TotalsHistory.totals(db, asOf: bound) else { return nil }
                let head = try String.fetchOne(db, sql: "SELECT hash FROM events WHERE seq = ?", arguments: [answer.lastSeq])
                return (answer, head ?? EventHash.genesis)
            }
        }) {
            let state = QueriedState(lastSeq: answer.0.lastSeq, head: answer.1, asOf: bound, through: nil, replay: nil)
            return (answer.0.totals, answer.0.claimSeqs, state)
        }
        let (rec, state) = try reconciliationWithState(options)
        return (TotalsBuilder.totals(rec.incidents), ExportTables.claimSeqs(rec), state)
    }

    /// The reconciliation and the ledger state it reflects (the last event folded), for export headers.
    func reconciliationWithState(_ options: LedgerOptions) throws -> (reconciliation: Reconciliation, state: QueriedState) {
        let ledger = try Projections.openCurrent(options)
        let throughDay = through.flatMap { Day(iso: $0) }
        return try withLedgerErrors {
            // An as-of time by which every event was recorded asks for the ledger as it stands: the read
            // models answer without a replay.
            let bound = try asOf.flatMap(Timestamp.parseUpperBound).flatMap { bound in
                try ledger.writer.read { db in
                    try String.fetchOne(db, sql: "SELECT max(recorded_at) FROM events").map { $0 <= bound } ?? true
                } ? nil : bound
            }
            if let bound {
                let (rec, stats) = try Replayer.reconcile(ledger, asOf: bound, through: throughDay)
                let head = try ledger.writer.read { db in
                    try String.fetchOne(db, sql: "SELECT hash FROM events WHERE seq = ?", arguments: [stats.lastSeq])
                }
                return (rec, QueriedState(lastSeq: stats.lastSeq, head: head ?? EventHash.genesis, asOf: bound, through: through, replay: stats))
            }
            return try ledger.writer.read { db in
                let store = ReadModelStore(db)
                let head = try Ledger.head(db)
                let state = QueriedState(
                    lastSeq: head.seq, head: head.hash, asOf: asOf.flatMap(Timestamp.parseUpperBound), through: through, replay: nil)
                if let throughDay {
                    return (Reconciler.reconcile(try store.allClaims(), links: try store.allLinks(), through: throughDay), state)
                }
                return (Reconciliation(
                    claims: try store.allClaims(), incidents: try store.incidents(), series: try store.seriesPoints(),
                    discrepancies: try store.discrepancies()), state)
            }
        }
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
    /// Opens an existing ledger and brings its read models up to date with the log (a ledger written
    /// before the read models existed, or by a program without the projector, is rebuilt once), with
    /// no check left pending.
    static func openCurrent(_ options: LedgerOptions) throws -> Ledger {
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
}
