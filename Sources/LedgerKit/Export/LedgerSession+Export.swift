import GRDB
import LedgerExport
import LedgerProjections
import LedgerStore

/// What ``LedgerSession/export(_:willWrite:write:)`` writes.
public struct ExportRequest: Sendable {
    /// Totals, incidents, claims, discrepancies or the tallies against incidents.
    public var what: ExportWhat
    /// CSV (RFC 4180, UTF-8 with a byte-order mark), JSON (one document with a header) or JSON Lines.
    public var format: OutputFormat
    /// Add a second CSV header row of HXL hashtags.
    public var hxl: Bool
    /// The ledger state to export.
    public var query: LedgerQuery

    /// A request; by default the totals as CSV, now.
    public init(what: ExportWhat = .totals, format: OutputFormat = .csv, hxl: Bool = false, query: LedgerQuery = LedgerQuery()) {
        self.what = what
        self.format = format
        self.hxl = hxl
        self.query = query
    }
}

extension LedgerSession {
    /// Writes an export through `write`, a piece of text at a time, and returns its row count.
    ///
    /// The hash chain is verified up to the head the export names before anything is written (a broken
    /// one throws ``LedgerKitError/chainBroken(_:)``); then `willWrite` is called once, then `write`.
    /// Claims, incidents, discrepancies and the tallies against incidents (`reconciliation`) are read
    /// from the read models (or their history) and written a row at a time, in every format; the
    /// tallies from the incidents' summaries, not the incidents. Totals are built whole (a sort of
    /// small rows), and so is everything `through` a day or replayed from the log. The same ledger state always gives the
    /// same bytes.
    public func export(
        _ request: ExportRequest, willWrite: () throws -> Void = {}, write: (String) throws -> Void
    ) throws -> Int {
        let ledger = try current()
        let query = request.query
        if let table = ExportStream.Table(request.what), let (seq, state) = try query.readModelsAnswer(ledger) {
            try ChainGuard.requireIntact(ledger, through: state.lastSeq, head: state.head, doing: "export")
            return try ledger.writer.read { db in
                let stream = ExportStream(table, request: request, state: state, db: db, at: seq)
                return try stream.write(willWrite: willWrite, write: write)
            }
        }
        let table: ExportTable
        let state: QueriedState
        if request.what == .totals {
            // Totals read only the incidents' summaries (or their history) and the claims' sequence numbers.
            let answer = try query.totals(ledger)
            (table, state) = (ExportTables.totals(answer.totals, seqOf: answer.seqOf), answer.state)
        } else {
            // Claims and discrepancies need nothing else; the other tables read the claims too.
            let parts: ReconciliationParts = switch request.what {
            case .claims: .claims
            case .discrepancies: .discrepancies
            default: .all
            }
            let (reconciliation, queried) = try query.reconciliationWithState(ledger, parts: parts)
            (table, state) = (ExportTables.table(request.what, reconciliation), queried)
        }
        try ChainGuard.requireIntact(try self.ledger(.readOnly), through: state.lastSeq, head: state.head, doing: "export")
        let header = ExportHeader(
            what: request.what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
            through: state.through, exporter: ExportWriter.version, rows: table.rows.count)
        let text: String
        switch request.format {
        case .csv, .table: text = ExportWriter.csv(table, hxl: request.hxl)
        case .json: text = try ExportWriter.json(table, header: header)
        case .jsonl: text = try ExportWriter.jsonl(table, header: header)
        }
        try willWrite()
        try write(text)
        return table.rows.count
    }
}
