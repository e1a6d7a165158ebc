import ArgumentParser
import Foundation
import LedgerCore
import LedgerReport
import LedgerStore

/// `ledger report --out DIR`: the ledger as a static site.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the ledger as a self-contained static site (HTML, inline CSS and SVG; opens from disk).",
        discussion: """
            Pages: an overview (the verified head hash, counts, sources, the period covered), a chart per running \
            series against the incidents for its scope and period, the reconciliation table, totals by month and \
            governorate, incidents with every source's figure, discrepancies (filterable, each with the sentences \
            on both sides, the figure highlighted), every claim, and a page per source. Report text is escaped \
            everywhere, and a content security policy lets only the page's own filter script run.

            Examples:
              ledger report --out report/
              ledger report --out report-2023/ --as-of 2023-12-31 --through 2023-12-31
            """)

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The folder to write the pages into (created when missing).", valueName: "dir"))
    var outDir: String

    @Option(name: .long, help: ArgumentHelp(
        "Only what the ledger had recorded by this date or time (a date means the end of that day).", valueName: "date-or-time"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Only incidents dated, and tally periods ending, by this day.", valueName: "date"))
    var through: String?

    func validate() throws {
        do { _ = try ReportQuery(asOf: asOf, through: through) } catch let e as ReportQuery.Invalid {
            throw ValidationError("--" + e.description.replacingOccurrences(of: "as_of", with: "as-of"))
        }
    }

    func run() throws {
        let index = try Self.write(ledger: ledger, out: outDir, query: try ReportQuery(asOf: asOf, through: through))
        out("Wrote the report: open \(index)\n")
        FileHandleOutput.stdout.flush()
    }

    /// Writes the report of the ledger at `ledger.db` into `out`; returns the overview's path.
    static func write(ledger options: LedgerOptions, out dir: String, query: ReportQuery) throws -> String {
        let ledger = try Projections.openCurrent(options)
        let data = try withLedgerErrors { try ReportLoader.load(ledger, query: query) }
        let site = try ReportSite.build(ReportContext(data))
        do {
            return try site.write(to: dir)
        } catch let e as ReportSite.NotAReportFolder {
            printError("\(e.description) (choose another --out)")
            throw LedgerExit.usage
        } catch {
            printError("\(dir): cannot write the report: \(error.localizedDescription)")
            throw LedgerExit.ledgerError
        }
    }
}
