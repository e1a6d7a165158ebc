import ArgumentParser
import LedgerExport
import LedgerKit

/// `ledger explain ID`: the whole evidence trail.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the evidence trail of a claim, an incident (inc-…) or a discrepancy (d-…).",
        discussion: """
            For a claim: the report it came from, the extraction event, every correction and retraction, the \
            link events naming it, the incident holding it and the discrepancies citing it. For an incident: \
            each source's figure and every member claim with its text span. For a discrepancy: the numbers and \
            the claims on each side, each explained in turn. `seq` is the event's sequence number in the log \
            (`ledger log --from SEQ --to SEQ --payload`).

            Examples:
              ledger explain 3f9a1c2e7b10-4
              ledger explain inc-1a2b3c4d5e6f
              ledger explain d-0bdd7b6fb7c8 --format json
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions
    @Argument(help: "A claim, incident or discrepancy id.") var id: String

    func run() throws {
        let rows = try withLedgerErrors { try ledger.session.explain(id, query: query.value) }
        out(try Output.render(rows, as: output.format))
        FileHandleOutput.stdout.flush()
    }
}
