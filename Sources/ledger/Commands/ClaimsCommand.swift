import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections

extension ClaimKind: ExpressibleByArgument {}
extension Measure: ExpressibleByArgument {}
extension ClaimStatus: ExpressibleByArgument {}

/// `ledger claims`: the claims view.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the current claims: corrections applied, retractions and republished copies marked.",
        discussion: """
            Each row is one figure stated in one report, as it stands after every `ledger correct` (a `*` after \
            the status), with its status: active, retracted, copy (its report republishes another: counted once, \
            with the original) or superseded (the same report gives a newer figure).

            Examples:
              ledger claims
              ledger claims --kind tally --measure killed
              ledger claims --status active --format csv > claims.csv
              ledger claims --as-of 2023-03-01          the claims as the ledger knew them on 1 March 2023
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "Only claims of this kind: incident or tally.")
    var kind: ClaimKind?
    @Option(name: .long, help: "Only this measure (killed, wounded, ...).")
    var measure: Measure?
    @Option(name: .long, help: "Only this status: active, retracted, copy, superseded.")
    var status: ClaimStatus?
    @Option(name: .long, help: "Only claims of reports whose content hash starts with this.")
    var report: String?

    func run() throws {
        let filter = ClaimFilter(kind: kind, measure: measure, status: status, report: report)
        switch output.format {
        case .csv, .jsonl:
            // A row at a time: memory does not grow with the ledger (the same bytes as rendering them whole).
            if output.format == .csv { out(CSVWriter.line(ClaimRow.columns)) }
            try withLedgerErrors {
                try ledger.session.forEachClaim(query.value, filter: filter) { record in
                    let row = ClaimRow(record: record)
                    out(output.format == .csv ? CSVWriter.line(row.cells) : try CanonicalJSON.string(row) + "\n")
                }
            }
        case .table, .json:
            let rows = try withLedgerErrors { try ledger.session.claims(query.value, filter: filter) }.map(ClaimRow.init)
            try Output.write(rows, as: output.format)
        }
        FileHandleOutput.stdout.flush()
    }
}
