import ArgumentParser
import Foundation
import GRDB
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

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
        if what == .claims || what == .discrepancies, format != .json, let (ledger, seq, state) = try query.readModelsAnswer(ledger) {
            try stream(ledger, at: seq, state: state)
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
        try ChainGuard.requireIntact(try self.ledger.openReadOnly(), through: state.lastSeq, head: state.head, doing: "export")
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
            try OutputFile.checkReplaceable(out, force: force)
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

extension ExportCommand {
    /// Claims or discrepancies as CSV or JSON Lines, read from the read models (or their history) and
    /// written a row at a time: the same bytes as a whole export, in memory that does not grow with the
    /// ledger. `--out` is written to a temporary file beside it and renamed into place when complete.
    func stream(_ ledger: Ledger, at seq: Int64, state: QueriedState) throws {
        try ChainGuard.requireIntact(ledger, through: state.lastSeq, head: state.head, doing: "export")
        let columns = what == .claims ? ExportTables.claimColumns : ExportTables.discrepancyColumns
        try withLedgerErrors {
            try ledger.writer.read { db in
                let store = ReadModelStore(db)
                // The header gives the row count, so count first; the tally checks are derived, not stored.
                var derived: [Discrepancy] = []
                let rows: Int
                if what == .claims {
                    rows = try store.claimCounts(at: seq).claims
                } else {
                    derived = try ReadModelHistory.derivedChecks(db, at: seq)
                    rows = try store.discrepancyCounts(at: seq).values.reduce(0, +) + derived.count
                }
                let header = ExportHeader(
                    what: what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
                    through: nil, exporter: ExportWriter.version, rows: rows)
                let lines = ExportLines(columns: columns, format: format == .jsonl ? .jsonl(header) : .csv(hxl: hxl))
                try write(rows: rows) { output in
                    try output(try lines.head())
                    if what == .claims {
                        try store.forEachClaim(at: seq) { try output(try lines.line(ExportTables.claimRow($0))) }
                        return
                    }
                    try ReadModelHistory.forEachDiscrepancy(db, at: seq, derived: derived) {
                        try output(try lines.line(ExportTables.discrepancyRow($0)))
                    }
                }
            }
        }
    }

    /// Runs `body` with a function that writes text to standard output, or to `--out` (a temporary
    /// file beside it, synced and renamed into place once `body` returns: a failed or interrupted export
    /// leaves no partial file under the name asked for).
    func write(rows: Int, _ body: ((String) throws -> Void) throws -> Void) throws {
        guard let out else {
            try body { FileHandleOutput.stdout.write($0) }
            FileHandleOutput.stdout.flush()
            return
        }
        try OutputFile.checkReplaceable(out, force: force)
        /// A failure of the file itself (as opposed to one of reading the ledger, which `body` throws).
        struct FileFailure: Error { var underlying: any Error }
        func file<T>(_ operation: () throws -> T) throws -> T {
            do { return try operation() } catch { throw FileFailure(underlying: error) }
        }
        let temp = out + ".partial-\(getpid())"
        defer { unlink(temp) }
        do {
            let handle = try file {
                guard FileManager.default.createFile(atPath: temp, contents: nil) else { throw POSIXError(.EACCES) }
                return try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            }
            defer { try? handle.close() }
            var buffer = Data()
            try body { text in
                buffer.append(contentsOf: text.utf8)
                if buffer.count >= 1 << 16 {
                    try file { try handle.write(contentsOf: buffer) }
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try file {
                try handle.write(contentsOf: buffer)
                try handle.synchronize()
                guard rename(temp, out) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
        } catch let failure as FileFailure {
            printError("\(out): cannot write the export: \(failure.underlying.localizedDescription)")
            throw LedgerExit.ledgerError
        }
        FileHandleOutput.stderr.write("wrote \(rows) \(what.rawValue) row(s) to \(out)\n")
    }
}

extension ExportWhat: ExpressibleByArgument {}

