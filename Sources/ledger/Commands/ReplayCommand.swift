import ArgumentParser
import LedgerExport
import LedgerKit

/// `ledger replay`: the state of the projections at a point in recorded time.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Show what the ledger knew as of a date: its claims, incidents, totals and discrepancies then.",
        discussion: """
            Reads the read models as they stood at --as-of from their history (every projection keeps \
            the versions it replaced), optionally counting deaths only --through a date. Where the \
            history cannot tell (events recorded out of order around that time, or a time before the \
            history began) it folds every event recorded by then, from the nearest checkpoint (see \
            `ledger checkpoint`), and reconciles the result. The two clocks: \
            --as-of is recorded time (what the ledger had learned), --through is event time (when the \
            deaths happened, or the period a tally covers).

            Examples:
              ledger replay --as-of 2023-03-01
              ledger replay --as-of 2023-06-30 --through 2023-03-31 --format json
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "table or json: the same summary, for people or for scripts (`ledger export` gives the rows).")
    var format: OutputFormat = .table

    func validate() throws {
        if format != .table && format != .json { throw ValidationError("--format for replay is table or json (`ledger export` gives the rows)") }
    }

    func run() throws {
        let summary = try withLedgerErrors { try ledger.session.replay(query.value) }
        let state = summary
        switch format {
        case .table, .csv:
            var text = "As of \(state.asOf ?? "now") (event \(state.lastSeq), head \(state.head.prefix(16))…)"
            if let through = state.through { text += ", deaths through \(through)" }
            if let replay = state.replay {
                text += "\nreplayed \(replay.eventsFolded) event(s)"
                    + (replay.checkpointSeq.map { " after checkpoint \($0)" } ?? " from the first event")
            } else if state.asOf != nil {
                text += "\nread from the read models' history (no replay)"
            }
            text += "\n\(summary.claims) claim(s) in \(summary.reports) report(s); \(summary.incidents) incident(s); \(summary.series) series point(s); \(summary.discrepancies) discrepancy(ies)\n\n"
            text += "Reconciled totals (conservative):\n"
            text += try Output.render(summary.totals, as: .table)
            text += "\nDiscrepancies by kind:\n"
            for (kind, n) in summary.byKind.sorted(by: { $0.key < $1.key }) { text += "  \(kind): \(n)\n" }
            emit(text)
        case .json, .jsonl:
            emit(try Renderer.prettyJSON(summary) + "\n")
        }
    }
}
