import GRDB
import LedgerExport
import LedgerProjections

/// An export read from the read models (or their history) at one projection and written a row at a
/// time, in any format: claims, incidents, discrepancies or the tallies against incidents. The same
/// bytes as the whole export of the same ledger state (``LedgerSession/export(_:willWrite:write:)``),
/// in memory that does not grow with the ledger. Totals are not streamed (a sort of small rows).
struct ExportStream {
    /// The tables that stream (all but totals).
    enum Table {
        case claims, incidents, discrepancies, tallies

        /// The table of `what`; nil for totals.
        init?(_ what: ExportWhat) {
            switch what {
            case .claims: self = .claims
            case .incidents: self = .incidents
            case .discrepancies: self = .discrepancies
            case .reconciliation: self = .tallies
            case .totals: return nil
            }
        }
    }

    let table: Table
    let request: ExportRequest
    let state: QueriedState
    let db: Database
    /// The projection read.
    let seq: Int64

    init(_ table: Table, request: ExportRequest, state: QueriedState, db: Database, at seq: Int64) {
        (self.table, self.request, self.state, self.db, self.seq) = (table, request, state, db, seq)
    }

    /// Writes the export (`willWrite` first) and returns its row count.
    func write(willWrite: () throws -> Void, write: (String) throws -> Void) throws -> Int {
        try withoutActuallyEscaping(write) { write in
            var rows = Rows(write: write)
            switch table {
            case .claims: try claims(willWrite, &rows)
            case .incidents: try incidents(willWrite, &rows)
            case .discrepancies: try discrepancies(willWrite, &rows)
            case .tallies: try tallies(willWrite, &rows)
            }
            try rows.finish()
            return rows.count
        }
    }

    /// The lines of the export and where the next row goes.
    struct Rows {
        let write: (String) throws -> Void
        var lines: ExportLines?
        var count = 0

        mutating func begin(_ lines: ExportLines) throws {
            self.lines = lines
            try write(try lines.head())
        }

        mutating func add(_ row: [String]) throws {
            guard let lines else { return }
            try write(try lines.line(row, index: count))
            count += 1
        }

        func finish() throws {
            if let lines { try write(lines.tail()) }
        }
    }

    /// The lines of an export of `rows` rows with `columns`: the header gives the row count.
    private func lines(_ columns: [ExportColumn], rows: Int) -> ExportLines {
        let header = ExportHeader(
            what: request.what.rawValue, ledgerHead: state.head, eventCount: state.lastSeq, asOf: state.asOf,
            through: nil, exporter: ExportWriter.version, rows: rows)
        let format: ExportLines.Format = switch request.format {
        case .json: .json(header)
        case .jsonl: .jsonl(header)
        case .csv, .table: .csv(hxl: request.hxl)
        }
        return ExportLines(columns: columns, format: format)
    }

    /// The claims in id text order, where one report's claims are together; each report's are
    /// listed by number (ClaimIDOrder), holding one report's at a time.
    private func claims(_ willWrite: () throws -> Void, _ rows: inout Rows) throws {
        let store = ReadModelStore(db)
        let count = try store.claimCounts(at: seq).claims
        try willWrite()
        try rows.begin(lines(ExportTables.claimColumns, rows: count))
        var report: [ClaimRecord] = []
        func flush() throws {
            for record in ClaimIDOrder.sorted(report, by: \.id) { try rows.add(ExportTables.claimRow(record)) }
            report.removeAll(keepingCapacity: true)
        }
        try store.forEachClaim(at: seq) { record in
            if let last = report.last, last.claim.report != record.claim.report { try flush() }
            report.append(record)
        }
        try flush()
    }

    /// The incidents in id order, each claim's event from the incident's own members (their
    /// evidence names the `claim_extracted` event): no claim read.
    private func incidents(_ willWrite: () throws -> Void, _ rows: inout Rows) throws {
        let store = ReadModelStore(db)
        let count = try store.incidentCount(at: seq)
        try willWrite()
        try rows.begin(lines(ExportTables.incidentColumns, rows: count))
        try store.forEachIncident(at: seq) { inc in
            let seqOf = Dictionary(inc.members.map { ($0.claimID, $0.evidence.seq) }, uniquingKeysWith: { a, _ in a })
            try rows.add(ExportTables.incidentRow(inc) { seqOf[$0] })
        }
    }

    /// The discrepancies in id order, the stored ones and the derived tally checks merged.
    private func discrepancies(_ willWrite: () throws -> Void, _ rows: inout Rows) throws {
        let derived = try ReadModelHistory.derivedChecks(db, at: seq)
        let count = try ReadModelStore(db).discrepancyCounts(at: seq).values.reduce(0, +) + derived.count
        try willWrite()
        try rows.begin(lines(ExportTables.discrepancyColumns, rows: count))
        try ReadModelHistory.forEachDiscrepancy(db, at: seq, derived: derived) { try rows.add(ExportTables.discrepancyRow($0)) }
    }

    /// Each series' last point beside the incidents' summaries (``ReadModelHistory/forEachTallyRow(_:at:begin:_:)``).
    private func tallies(_ willWrite: () throws -> Void, _ rows: inout Rows) throws {
        try ReadModelHistory.forEachTallyRow(db, at: seq, begin: { count in
            try willWrite()
            try rows.begin(lines(ExportTables.reconciliationColumns, rows: count))
        }) { try rows.add(ExportTables.reconciliationRow($0)) }
    }
}
