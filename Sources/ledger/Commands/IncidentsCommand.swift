import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections

/// `ledger incidents`: incident claims linked across reports and sources.
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List incidents: incident claims linked across reports, with low, high and best figures.",
        discussion: """
            Claims are linked into one incident when they share measure and a compatible place (the same one \
            under any spelling, or one within the other: a claim naming only the province or district joins \
            the one finer incident of its days, and is kept apart with an `ambiguous_link` discrepancy when \
            several fit), fall within a date window (±1 day; ±7 when the date was unresolved) and have \
            compatible categories. `ledger link` / `ledger unlink` override this. A back-reference is never \
            counted: it is listed under `recalled_by` of the one incident of its date or period that fits it.

            Every source's latest figure is kept (a source's own later revision supersedes its earlier \
            figure; a republished copy is the same source as its original). Low and high are the smallest \
            and largest; best is the only source's figure, or the median of several sources (the lower median \
            for an even count). The rule used is in the `rule` column.

            Examples:
              ledger incidents
              ledger incidents --place al-shuhayl --format json
              ledger incidents --through 2023-06-30 --measure killed
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "Only this measure.")
    var measure: String?
    @Option(name: .long, help: "Only incidents at this place key or in this province.")
    var place: String?

    func run() throws {
        // An incident at a time (a table whole): memory holds the incidents' summaries, not the incidents.
        var rows = Output.stream(IncidentRow.self, as: output.format)
        try withLedgerErrors {
            try ledger.session.forEachIncident(query.value, measure: measure, place: place) { try rows.add(IncidentRow(incident: $0)) }
        }
        try rows.finish()
        FileHandleOutput.stdout.flush()
    }
}
