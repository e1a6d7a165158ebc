import ArgumentParser
import GRDB
import Foundation
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

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
        let (counts, state) = try query.counts(ledger)
        let summary = ReplaySummary(counts, state: state)
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
            text += try Renderer.render(summary.totals, as: .table)
            text += "\nDiscrepancies by kind:\n"
            for (kind, n) in summary.byKind.sorted(by: { $0.key < $1.key }) { text += "  \(kind): \(n)\n" }
            emit(text)
        case .json, .jsonl:
            emit(try Renderer.prettyJSON(summary) + "\n")
        }
    }
}

/// A summary of a reconciliation, for `replay` and `diff`.
struct ReplaySummary: Encodable {
    var asOf: String?
    var through: String?
    var lastSeq: Int64
    var head: String
    var reports: Int
    var claims: Int
    var incidents: Int
    var series: Int
    var discrepancies: Int
    var byKind: [String: Int]
    var totals: [TotalSummaryRow]

    init(_ counts: ReadModelHistory.Counts, state: QueriedState) {
        asOf = state.asOf
        through = state.through
        lastSeq = state.lastSeq
        head = state.head
        reports = counts.reports
        claims = counts.claims
        incidents = counts.incidents.count
        series = counts.seriesPoints
        discrepancies = counts.discrepancies.values.reduce(0, +)
        byKind = Dictionary(uniqueKeysWithValues: counts.discrepancies.map { ($0.key.rawValue, $0.value) })
        totals = Dictionary(grouping: counts.incidents, by: { "\($0.measure.rawValue)|\($0.category.rawValue)" })
            .map { key, incidents in
                let parts = key.split(separator: "|").map(String.init)
                return TotalSummaryRow(measure: parts[0], category: parts[1], incidents: incidents.count,
                                       low: incidents.reduce(0) { $0 + $1.low }, best: incidents.reduce(0) { $0 + $1.best },
                                       high: incidents.reduce(0) { $0 + $1.high })
            }
            .sorted { ($0.measure, $0.category) < ($1.measure, $1.category) }
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", through, lastSeq = "last_seq", head, reports, claims, incidents, series, discrepancies
        case byKind = "discrepancies_by_kind", totals
    }
}

struct TotalSummaryRow: Tabular, Encodable {
    var measure: String
    var category: String
    var incidents: Int
    var low: Int
    var best: Int
    var high: Int

    static let columns = ["measure", "category", "incidents", "low", "best", "high"]
    var cells: [String] { [measure, category, String(incidents), String(low), String(best), String(high)] }
}
