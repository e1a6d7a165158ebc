import ArgumentParser
import Foundation
import LedgerCore
import LedgerExport
import LedgerProjections

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

            Examples:
              ledger export --what totals --format csv --hxl --out totals.csv
              ledger export --what discrepancies --format json --as-of 2023-05-01
              ledger export --what incidents --format jsonl --through 2023-06-30
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var query: QueryOptions

    @Option(name: .long, help: "What to export: totals, incidents, claims or discrepancies.")
    var what: ExportWhat = .totals

    @Option(name: .long, help: "csv (default), json or jsonl.")
    var format: OutputFormat = .csv

    @Flag(name: .long, help: "Add a second CSV header row of HXL hashtags.")
    var hxl = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

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
        let table: ExportTable
        let state: QueriedState
        if what == .totals {
            // Totals read only the incidents' summaries (or their history) and the claims' sequence numbers.
            let answer = try query.totals(ledger)
            (table, state) = (ExportTables.totals(answer.totals, seqOf: answer.seqOf), answer.state)
        } else {
            let (reconciliation, queried) = try query.reconciliationWithState(ledger)
            (table, state) = (ExportTables.table(what, reconciliation), queried)
        }
        let header = ExportHeader(
            what: what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
            through: state.through, exporter: ExportWriter.version, rows: table.rows.count)
        let text: String
        switch format {
        case .csv, .table: text = ExportWriter.csv(table, hxl: hxl)
        case .json: text = try ExportWriter.json(table, header: header)
        case .jsonl: text = try ExportWriter.jsonl(table, header: header)
        }
        if let out {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                printError("\(out): cannot write the export: \(error.localizedDescription)")
                throw LedgerExit.ledgerError
            }
            FileHandleOutput.stderr.write("wrote \(table.rows.count) \(what.rawValue) row(s) to \(out)\n")
        } else {
            emit(text)
        }
    }
}

extension ExportWhat: ExpressibleByArgument {}

