import ArgumentParser
import LedgerExport
import LedgerKit

/// `ledger export`: reconciled totals, incidents, claims or discrepancies for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export reconciled totals, incidents, claims or discrepancies as CSV, JSON or JSON Lines.",
        discussion: """
            CSV follows RFC 4180, in UTF-8 with a byte-order mark so that spreadsheet programs show Arabic \
            correctly; --hxl adds a second header row of HXL hashtags (#date, #adm1+name, #affected+killed, \
            #meta+source ...) for humanitarian data tools. JSON carries a header with the ledger's head hash, \
            event count, --as-of, --through and the exporter version, so an export can be tied to the exact \
            ledger state it came from. Every row names the claims and events behind its figures. The same \
            ledger state always gives byte-identical output. Columns are described in docs/CODEBOOK.md \
            (`ledger export --codebook` prints it).

            Claims and discrepancies in CSV or JSON Lines are written a row at a time as they are read, \
            so a ledger of any size exports in little memory; JSON is one document and is built whole. \
            --out writes to a temporary file beside the target and renames it into place when complete; \
            it does not replace a file already there unless --force is given (and never a folder or a \
            ledger). Before anything is written, the hash chain is verified up to the head the export \
            names: a broken chain is reported with its first bad event and exit code 1.

            Examples:
              ledger export --what totals --format csv --hxl --out totals.csv
              ledger export --what discrepancies --format json --as-of 2023-05-01
              ledger export --what incidents --format jsonl --through 2023-06-30
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "What to export: totals, incidents, claims, discrepancies or reconciliation (running tallies against incidents).")
    var what: ExportWhat = .totals

    @Option(name: .long, help: "csv (default), json or jsonl.")
    var format: OutputFormat = .csv

    @Flag(name: .long, help: "Add a second CSV header row of HXL hashtags.")
    var hxl = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(name: .long, help: "Replace a file already at --out (never a folder or a ledger).")
    var force = false

    @Flag(name: .long, help: "Print the codebook (every exported column, in markdown) and exit.")
    var codebook = false

    func validate() throws {
        if format == .table { throw ValidationError("--format for export is csv, json or jsonl") }
    }

    func run() throws {
        if codebook {
            emit(ExportWriter.codebook(ExportTables.allColumns))
            return
        }
        let request = ExportRequest(what: what, format: format, hxl: hxl, query: query.value)
        let target = ExportTarget(path: out, force: force)
        defer { target.discard() }
        let rows = try withLedgerErrors {
            try ledger.session.export(request, willWrite: target.open, write: target.write)
        }
        try target.commit()
        if let out { FileHandleOutput.stderr.write("wrote \(rows) \(what.rawValue) row(s) to \(out)\n") }
    }
}

extension ExportWhat: ExpressibleByArgument {}

