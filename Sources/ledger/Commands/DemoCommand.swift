import ArgumentParser
import Foundation
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections
import LedgerReport
import LedgerSamples
import LedgerStore

/// `ledger demo`: the bundled corpus, ingested and reconciled.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled sample corpus into a fresh ledger and print the reconciled totals and discrepancies.",
        discussion: """
            The demo starts from nothing: a demo ledger that an earlier `ledger demo` made at the path \
            (default demo-ledger.sqlite) is replaced. Any other file there is left alone and the demo \
            stops: a ledger of yours is replaced only with --force, and a folder or a file that is not a \
            ledger never. Afterwards, explore it:
              ledger incidents --db demo-ledger.sqlite
              ledger explain <id> --db demo-ledger.sqlite
            """)

    @Option(name: .long, help: ArgumentHelp("The demo ledger file; a demo ledger already there is replaced.", valueName: "path"))
    var db: String = "demo-ledger.sqlite"

    @Flag(name: .long, help: "Replace a ledger at --db that `ledger demo` did not make (never a folder or another kind of file).")
    var force = false

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if output.format != .table && output.format != .json {
            throw ValidationError("--format for demo is table or json (`ledger export` writes CSV and JSON Lines)")
        }
    }

    func run() throws {
        try clearPath()
        let files = try SampleCorpus.reportFiles().map(\.path)
        let options = try LedgerOptions.parse(["--db", db])
        let ledger = try options.open(create: true)
        try withLedgerErrors { try ledger.markCreated(by: "demo") }
        let summary = try IngestCommand.run(files, into: ledger, options: IngestOptions(maxBytes: 4 << 20), quiet: true)
        say("Ingested \(summary.added) report(s) with \(summary.claims) claim(s) from the sample corpus.\n\n")
        let rec = try withLedgerErrors { try options.session.reconciliation() }
        let totals = TotalsBuilder.totals(rec.incidents).map { TotalRow(total: $0, range: false) }
        let found = LedgerSession.worstFirst(rec.discrepancies)
        let closing = "\(rec.claims.count) claims, \(rec.incidents.count) incidents, \(Set(rec.series.map(\.series)).count) series. "
            + "Next: `ledger explain ID --db \(db)` for any id above.\n"
        guard output.format == .table else {
            // One JSON document on standard output; the sentences go to standard error.
            out(try Renderer.prettyJSON(DemoDocument(
                ledger: db, claims: rec.claims.count, incidents: rec.incidents.count,
                series: Set(rec.series.map(\.series)).count, totals: totals, discrepancies: found.map(DiscrepancyRow.init))) + "\n")
            say(closing)
            try sayReport(options)
            FileHandleOutput.stdout.flush()
            return
        }
        out("Reconciled totals (conservative: the lowest credible figure of each incident; best and high beside it)\n")
        out(try Output.render(totals, as: .table))
        out("\nDiscrepancies: \(found.count)\n")
        out(try Output.render(found.map(DiscrepancyRow.init), as: .table))
        out("\n" + closing)
        try sayReport(options)
        FileHandleOutput.stdout.flush()
    }

    /// Writes the demo's report next to its ledger and says where it is.
    func sayReport(_ options: LedgerOptions) throws {
        let dir = (db.hasSuffix(".sqlite") ? String(db.dropLast(7)) : db) + "-report"
        do {
            let index = try ReportCommand.write(ledger: options, out: dir, query: try ReportQuery())
            say("The report: open \(index) (or `ledger serve --db \(db)`).\n")
        } catch let e as ExitCode where e == LedgerExit.usage {
            // A folder of other files at the report's path is left alone (said above); the demo still succeeded.
            say("No report written; `ledger serve --db \(db)` shows the same pages.\n")
        }
    }

    /// A sentence for people: on standard output with the tables, on standard error beside JSON.
    func say(_ text: String) {
        if output.format == .table { out(text) } else { FileHandleOutput.stderr.write(text) }
    }

    /// Makes room for a fresh demo ledger at `db`, removing only what an earlier demo made (or, with
    /// `--force`, another ledger); anything else stops the demo with a usage error.
    func clearPath() throws {
        switch LedgerFile.inspect(db) {
        case .missing:
            say("Creating a fresh demo ledger \(db).\n")
            return
        case .folder:
            printError("\(db): is a folder; the demo writes a ledger file there only when nothing is at the path (choose another --db)")
            throw LedgerExit.usage
        case .foreign(let detail):
            printError("\(db): not a ledger (\(detail)); the demo will not replace it (choose another --db)")
            throw LedgerExit.usage
        case .ledger(let createdBy) where createdBy != "demo" && !force:
            printError("\(db): a ledger that `ledger demo` did not make; the demo will not replace it (choose another --db, or --force to replace it)")
            throw LedgerExit.usage
        case .ledger:
            say("Replacing the demo ledger \(db) with a fresh one.\n")
        }
        do {
            try LedgerFile.remove(db)
        } catch {
            printError("\(db): cannot remove the old demo ledger: \(error.localizedDescription)")
            throw LedgerExit.ledgerError
        }
    }
}

/// `ledger demo --format json`: what the demo found, as one document.
struct DemoDocument: Encodable {
    var ledger: String
    var claims: Int
    var incidents: Int
    var series: Int
    var totals: [TotalRow]
    var discrepancies: [DiscrepancyRow]
}
