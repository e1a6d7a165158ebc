import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections

/// `ledger series`: running tallies in report order.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "List running tallies: one series per publisher, scope, period start, measure and category.",
        discussion: """
            A series collects the tally totals (main frame) of one publisher for one scope (`aanes`, `badia`, \
            a province, or `syria`), period start, measure and category, in order of report publication \
            (recorded time when the date is unknown). `delta` is the change from the previous report; a fall \
            is reported by `ledger discrepancies --kind series_decreases`.

            Examples:
              ledger series
              ledger series --scope aanes --format csv
              ledger series --as-of 2023-01-31
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "Only series of this scope.")
    var scope: String?
    @Option(name: .long, help: "Only series of this publisher.")
    var publisher: String?

    func run() throws {
        switch output.format {
        case .csv, .jsonl:
            // A point at a time: memory does not grow with the ledger (the same bytes as rendering them whole).
            if output.format == .csv { out(CSVWriter.line(SeriesRow.columns)) }
            try withLedgerErrors {
                try ledger.session.forEachSeriesPoint(query.value, scope: scope, publisher: publisher) { point in
                    let row = SeriesRow(point: point)
                    out(output.format == .csv ? CSVWriter.line(row.cells) : try CanonicalJSON.string(row) + "\n")
                }
            }
        case .table, .json:
            let rows = try withLedgerErrors { try ledger.session.series(query.value, scope: scope, publisher: publisher) }
                .map(SeriesRow.init)
            try Output.write(rows, as: output.format)
        }
        FileHandleOutput.stdout.flush()
    }
}
