import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit

/// `ledger diff`: what changed between two points in recorded time.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two as-of dates: new claims, revisions, discrepancies found or resolved.",
        discussion: """
            Give --as-of twice (the earlier first). A missing second --as-of means now.

            Examples:
              ledger diff --as-of 2023-04-01 --as-of 2023-06-30
              ledger diff --as-of 2023-04-01 --format jsonl
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: ArgumentHelp("Two points in recorded time (dates or ISO 8601 times).", valueName: "date-or-time"))
    var asOf: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only incidents dated, and tally periods ending, by this day.", valueName: "date"))
    var through: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1...2).contains(asOf.count) else { throw ValidationError("give --as-of once or twice") }
        for a in asOf where Timestamp.parseUpperBound(a) == nil { throw ValidationError("--as-of must be a date or ISO 8601 time, not '\(a)'") }
        if let through, Day(iso: through) == nil { throw ValidationError("--through must be a date as YYYY-MM-DD") }
    }

    func run() throws {
        let bounds = asOf.map { Timestamp.parseUpperBound($0)! }
        let rows = try withLedgerErrors { try self.ledger.session.diff(from: asOf[0], to: asOf.count > 1 ? asOf[1] : nil, through: through) }
        if output.format == .table && rows.isEmpty {
            emit("No change between \(bounds[0]) and \(bounds.count > 1 ? bounds[1] : "now").\n")
            return
        }
        emit(try Output.render(rows, as: output.format))
    }
}
