import ArgumentParser
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections
import LedgerStore
import GRDB

/// `ledger totals`: reconciled totals.
struct TotalsCommand: ParsableCommand {
    enum View: String, ExpressibleByArgument, CaseIterable { case conservative, range }

    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Reconciled totals by month, area, measure and category, added up from incidents.",
        discussion: """
            Each incident counts once, however many reports and copies describe it. The conservative view \
            (default) shows the sum of each incident's lowest credible figure; the range view shows the sum \
            of the lows and the sum of the highs. Both show the best figure too, and the claims behind it. \
            Tallies are not added up (they overlap); see `ledger discrepancies --kind tally_vs_incidents`.

            With --as-of the totals are read from the totals history the ledger keeps (every version of \
            every incident, with the events it held between), so a past date costs no more than today. \
            With --through, the claims that held then are linked again counting only incidents dated by \
            that day. A time the history cannot place (events recorded out of order around it, or before \
            the history began) replays the log instead. All give the same totals.

            Examples:
              ledger totals
              ledger totals --view range --through 2023-06-30
              ledger totals --as-of 2023-03-01 --format json
              ledger totals --tallies
              ledger totals --by governorate

            A figure written ≥12 or >500 is a lower bound: a sum with one in it is one too (the \
            `qualifier` field in JSON). --tallies sets each running tally's latest figure beside the \
            incidents the ledger holds for the same scope, period, measure and category (low, high, best) \
            and the gap; `ledger export --what reconciliation` writes the same rows as CSV or JSON.
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "conservative (sum of lows) or range (sum of lows – sum of highs).")
    var view: View = .conservative

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case month, governorate }

    @Option(name: .long, help: "month (rows by month and area, the default) or governorate (rows by governorate, with its P-code).")
    var by: Grouping = .month

    @Flag(name: .long, help: "For every running tally: its latest figure, the incidents held for its scope and period, the gap.")
    var tallies = false

    func run() throws {
        let session = ledger.session
        if tallies {
            let rows = try withLedgerErrors { try session.tallies(query.value) }.map(TallyRow.init)
            try Output.write(rows, as: output.format)
            FileHandleOutput.stdout.flush()
            return
        }
        if by == .governorate {
            let totals = try withLedgerErrors { try session.governorateTotals(query.value) }
            try Output.write(totals.map { GovernorateRow(total: $0) }, as: output.format)
        } else {
            let totals = try withLedgerErrors { try session.totals(query.value) }
            try Output.write(totals.map { TotalRow(total: $0, range: view == .range) }, as: output.format)
        }
        FileHandleOutput.stdout.flush()
    }
}
