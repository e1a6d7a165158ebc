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
        if request.what != .totals, let (seq, state) = try query.readModelsAnswer(ledger) {
            switch request.what {
            case .reconciliation: return try streamTallies(request, ledger, at: seq, state: state, willWrite: willWrite, write: write)
            case .incidents: return try streamIncidents(request, ledger, at: seq, state: state, willWrite: willWrite, write: write)
            default: return try stream(request, ledger, at: seq, state: state, willWrite: willWrite, write: write)
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

    /// Claims or discrepancies, read from the read models (or their history) at
    /// projection `seq` and written a row at a time: the same bytes as a whole export.
    func stream(
        _ request: ExportRequest, _ ledger: Ledger, at seq: Int64, state: QueriedState,
        willWrite: () throws -> Void, write: (String) throws -> Void
    ) throws -> Int {
        try ChainGuard.requireIntact(ledger, through: state.lastSeq, head: state.head, doing: "export")
        let claims = request.what == .claims
        let columns = claims ? ExportTables.claimColumns : ExportTables.discrepancyColumns
        return try ledger.writer.read { db in
            let store = ReadModelStore(db)
            // The header gives the row count, so count first; the tally checks are derived, not stored.
            var derived: [Discrepancy] = []
            let rows: Int
            if claims {
                rows = try store.claimCounts(at: seq).claims
            } else {
                derived = try ReadModelHistory.derivedChecks(db, at: seq)
                rows = try store.discrepancyCounts(at: seq).values.reduce(0, +) + derived.count
            }
            let header = ExportHeader(
                what: request.what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
                through: nil, exporter: ExportWriter.version, rows: rows)
            let lines = ExportLines(columns: columns, format: Self.lineFormat(request, header))
            try willWrite()
            try write(try lines.head())
            var index = 0
            if claims {
                // The store reads in id text order, where one report's claims are together; each
                // report's are listed by number (ClaimIDOrder), holding one report's at a time.
                var report: [ClaimRecord] = []
                func flush() throws {
                    for record in report.sorted(by: { ClaimIDOrder.precedes($0.id, $1.id) }) {
                        try write(try lines.line(ExportTables.claimRow(record), index: index))
                        index += 1
                    }
                    report.removeAll(keepingCapacity: true)
                }
                try store.forEachClaim(at: seq) { record in
                    if let last = report.last, last.claim.report != record.claim.report { try flush() }
                    report.append(record)
                }
                try flush()
            } else {
                try ReadModelHistory.forEachDiscrepancy(db, at: seq, derived: derived) {
                    try write(try lines.line(ExportTables.discrepancyRow($0), index: index))
                    index += 1
                }
            }
            try write(lines.tail())
            return rows
        }
    }

    /// The running tallies beside the incidents (`--what reconciliation`), read from each series'
    /// last point and the incidents' summaries at projection `seq` and written a row at a time
    /// (``ReadModelHistory/forEachTallyRow(_:at:begin:_:)``): the same bytes as a whole export.
    func streamTallies(
        _ request: ExportRequest, _ ledger: Ledger, at seq: Int64, state: QueriedState,
        willWrite: () throws -> Void, write: (String) throws -> Void
    ) throws -> Int {
        try ChainGuard.requireIntact(ledger, through: state.lastSeq, head: state.head, doing: "export")
        return try ledger.writer.read { db in
            var lines = ExportLines(columns: ExportTables.reconciliationColumns, format: .csv(hxl: request.hxl))
            var index = 0
            try ReadModelHistory.forEachTallyRow(db, at: seq, begin: { rows in
                let header = ExportHeader(
                    what: request.what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
                    through: nil, exporter: ExportWriter.version, rows: rows)
                lines = ExportLines(columns: ExportTables.reconciliationColumns, format: Self.lineFormat(request, header))
                try willWrite()
                try write(try lines.head())
            }) { row in
                try write(try lines.line(ExportTables.reconciliationRow(row), index: index))
                index += 1
            }
            try write(lines.tail())
            return index
        }
    }

    /// The incidents, read from the read models (or their history) at projection `seq` in id order and
    /// written a row at a time, each claim's event from the incident's own members (their evidence
    /// names the `claim_extracted` event): the same bytes as a whole export, no claim read.
    func streamIncidents(
        _ request: ExportRequest, _ ledger: Ledger, at seq: Int64, state: QueriedState,
        willWrite: () throws -> Void, write: (String) throws -> Void
    ) throws -> Int {
        try ChainGuard.requireIntact(ledger, through: state.lastSeq, head: state.head, doing: "export")
        return try ledger.writer.read { db in
            let store = ReadModelStore(db)
            let rows = try store.incidentCount(at: seq)
            let header = ExportHeader(
                what: request.what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
                through: nil, exporter: ExportWriter.version, rows: rows)
            let lines = ExportLines(columns: ExportTables.incidentColumns, format: Self.lineFormat(request, header))
            try willWrite()
            try write(try lines.head())
            var index = 0
            try store.forEachIncident(at: seq) { inc in
                let seqOf = Dictionary(inc.members.map { ($0.claimID, $0.evidence.seq) }, uniquingKeysWith: { a, _ in a })
                try write(try lines.line(ExportTables.incidentRow(inc) { seqOf[$0] }, index: index))
                index += 1
            }
            try write(lines.tail())
            return index
        }
    }

    /// How a streamed export writes its lines: JSON, JSON Lines, else CSV.
    static func lineFormat(_ request: ExportRequest, _ header: ExportHeader) -> ExportLines.Format {
        switch request.format {
        case .json: .json(header)
        case .jsonl: .jsonl(header)
        case .csv, .table: .csv(hxl: request.hxl)
        }
    }
}
