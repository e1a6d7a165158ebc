import ArgumentParser
import Foundation
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerSamples
import LedgerStore

/// `ledger demo`: the bundled corpus, ingested and reconciled.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled sample corpus into a fresh ledger and print the reconciled totals and discrepancies.",
        discussion: """
            The ledger file (default demo-ledger.sqlite) is deleted and recreated, so the demo always starts \
            from nothing. Afterwards, explore it:
              ledger incidents --db demo-ledger.sqlite
              ledger explain <id> --db demo-ledger.sqlite
            """)

    @Option(name: .long, help: ArgumentHelp("The demo ledger file; deleted and recreated.", valueName: "path"))
    var db: String = "demo-ledger.sqlite"

    @OptionGroup var output: FormatOptions

    func run() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: db) {
            out("Deleting the old demo ledger \(db) and creating a fresh one.\n")
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: db + suffix) }
        } else {
            out("Creating a fresh demo ledger \(db).\n")
        }
        let files = try SampleCorpus.reportFiles().map(\.path)
        let options = try LedgerOptions.parse(["--db", db])
        let ledger = try options.open(create: true)
        let summary = try Ingestor(
            ledger: ledger, overrides: MetadataOverrides(), recordedAt: nil, batchSize: 256,
            maxBytes: 4 << 20, quiet: true
        ).run(files)
        out("Ingested \(summary.added) report(s) with \(summary.claims) claim(s) from the sample corpus.\n\n")
        let rec = try QueryOptions.parse([]).reconciliation(options)
        out("Reconciled totals (conservative: the lowest credible figure of each incident; best and high beside it)\n")
        out(try Renderer.render(TotalsBuilder.totals(rec.incidents).map { TotalRow(total: $0, range: false) }, as: output.format))
        let found = rec.discrepancies.sorted { a, b in a.severity != b.severity ? a.severity > b.severity : (a.kind, a.id) < (b.kind, b.id) }
        out("\nDiscrepancies: \(found.count)\n")
        out(try Renderer.render(found.map(DiscrepancyRow.init), as: output.format))
        out("\n\(rec.claims.count) claims, \(rec.incidents.count) incidents, \(Set(rec.series.map(\.series)).count) series. "
            + "Next: `ledger explain ID --db \(db)` for any id above.\n")
        FileHandleOutput.stdout.flush()
    }
}
