import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections

extension DiscrepancyKind: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `ledger discrepancies`: what does not hold together.
struct DiscrepanciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discrepancies",
        abstract: "List the discrepancies the checks found, with the numbers and the claims on each side.",
        discussion: """
            Kinds: \(DiscrepancyKind.allCases.map(\.rawValue).joined(separator: ", ")).
            `stated` is the figure under test, `other` what it was checked against, and gap = other − stated.
            A truncated breakdown is incomplete, not a discrepancy; `superseded` is informational.
            `ledger explain ID` shows the evidence trail of one row, down to the text spans.

            Examples:
              ledger discrepancies
              ledger discrepancies --kind parts_do_not_sum --min-severity warning
              ledger discrepancies --as-of 2023-03-01 --format jsonl
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "Only this kind (repeatable).")
    var kind: [DiscrepancyKind] = []
    @Option(name: .long, help: "Only this severity or worse: info, warning, error.")
    var minSeverity: Severity = .info

    func run() throws {
        // A discrepancy at a time (a table whole): as of a past time, the stored ones are not all held.
        var rows = Output.stream(DiscrepancyRow.self, as: output.format)
        try withLedgerErrors {
            // A table and CSV show no incident lists: as of a past time the tally checks are derived without them.
            let lists = output.format == .json || output.format == .jsonl
            try ledger.session.forEachDiscrepancy(query.value, kinds: kind, minSeverity: minSeverity, incidentLists: lists) {
                try rows.add(DiscrepancyRow(discrepancy: $0))
            }
        }
        try rows.finish()
        FileHandleOutput.stdout.flush()
    }
}
