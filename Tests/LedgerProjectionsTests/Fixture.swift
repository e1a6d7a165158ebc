import Foundation
import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore
import Testing

/// Builds reports and claims by hand and appends them through a real ledger on disk.
final class Fixture {
    let path: String
    let ledger: Ledger
    private var counter = 0
    /// Makes the reports' content hashes, and so every claim id, of this fixture. Claim ids break ties
    /// in the linking order, so a failure seen with one salt is replayed by passing it again. Fixed
    /// unless given: a property test draws it from its generator, with the rest of its input, so that
    /// the input and seed a failure prints replay it.
    let salt: UInt64

    init(salt: UInt64 = 0) throws {
        self.salt = salt
        path = NSTemporaryDirectory() + "proj-\(UUID().uuidString).sqlite"
        ledger = try Ledger(path: path)
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A report with a unique content hash.
    func report(publisher: String = "monitor", published: String? = "2023-06-10", text: String? = nil) -> ReportMeta {
        counter += 1
        let body = text ?? "report \(counter) \(salt)"
        return ReportMeta(
            contentHash: EventHash.sha256Hex(Array(body.utf8)), source: "r\(counter).txt", publisher: publisher,
            published: published.flatMap { Day(iso: $0) })
    }

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func incident(
        _ report: ReportMeta, _ n: Int, _ value: Int, measure: Measure = .killed, category: VictimCategory = .all,
        place: String = "al-shuhayl", admin1: String? = "deir ez-zor", date: String? = "2023-06-09",
        candidates: [String] = [], context: ClaimContext = .main, role: ClaimRole = .total, parent: Int? = nil,
        supersededBy: Int? = nil, incomplete: Bool = false, qualifier: Qualifier = .exact
    ) -> Claim {
        Claim(
            id: "\(report.shortHash)-\(n)", measure: measure, value: value, qualifier: qualifier, kind: .incident, role: role,
            parent: parent.map { "\(report.shortHash)-\($0)" }, category: category,
            place: Place(name: place, text: place, admin1: admin1),
            eventDate: date.map { EventDate(day: day($0), candidates: candidates.map(day), text: $0) },
            context: context, supersededBy: supersededBy.map { "\(report.shortHash)-\($0)" }, incomplete: incomplete,
            span: Span(start: n * 10, end: n * 10 + 5, text: "figure \(value)"), report: report.contentHash)
    }

    static func tally(
        _ report: ReportMeta, _ n: Int, _ value: Int, measure: Measure = .killed, category: VictimCategory = .all,
        scope: String = "aanes", admin1: String? = nil, start: String? = "2023-01-01", end: String? = nil,
        role: ClaimRole = .total, parent: Int? = nil, exclusions: [String] = [], incomplete: Bool = false
    ) -> Claim {
        Claim(
            id: "\(report.shortHash)-\(n)", measure: measure, value: value, kind: .tally, role: role,
            parent: parent.map { "\(report.shortHash)-\($0)" }, category: category,
            place: Place(name: scope, text: scope, admin1: admin1),
            period: Period(start: start.flatMap { Day(iso: $0) }, end: end.flatMap { Day(iso: $0) }, text: "since \(start ?? "?")"),
            exclusions: exclusions, incomplete: incomplete,
            span: Span(start: n * 10, end: n * 10 + 5, text: "tally \(value)"), report: report.contentHash)
    }

    /// Ingests a report and its claims through the projector hook.
    @discardableResult
    func ingest(_ report: ReportMeta, _ claims: [Claim], recordedAt: String = "2023-06-10T12:00:00.000Z") throws -> [Claim] {
        _ = try ledger.ingest(
            [PreparedReport(
                report: ReportIngested(report: report, text: report.source ?? ""),
                claims: claims.map { ClaimExtracted(claim: $0, extractorVersion: "test") })],
            recordedAt: recordedAt, hook: Projector.hook)
        return claims
    }

    /// Ingests several reports in one transaction (one batch, as `ledger ingest` appends them).
    func ingest(batch: [(ReportMeta, [Claim])], recordedAt: String = "2023-06-10T12:00:00.000Z") throws {
        _ = try ledger.ingest(
            batch.map { report, claims in
                PreparedReport(
                    report: ReportIngested(report: report, text: report.source ?? ""),
                    claims: claims.map { ClaimExtracted(claim: $0, extractorVersion: "test") })
            },
            recordedAt: recordedAt, hook: Projector.hook)
    }

    func append(_ payload: EventPayload, recordedAt: String = "2023-06-11T12:00:00.000Z") throws {
        try ledger.append([try PendingEvent(payload)], recordedAt: recordedAt, hook: Projector.hook)
    }

    // Reads settle the checks appends leave pending first, as the CLI's queries do.
    func discrepancies() throws -> [Discrepancy] { try settled { try ReadModelStore($0).discrepancies() } }
    func incidents() throws -> [Incident] { try settled { try ReadModelStore($0).incidents() } }
    func series() throws -> [SeriesPoint] { try settled { try ReadModelStore($0).seriesPoints() } }
    func claims() throws -> [ClaimRecord] { try settled { try ReadModelStore($0).allClaims() } }
    func dump() throws -> [String: [String]] { try settled { try ReadModelStore($0).dump() } }

    private func settled<T>(_ read: (Database) throws -> T) throws -> T {
        try ledger.writer.write { db in
            try Projector.settle(db)
            return try read(db)
        }
    }

    func rebuild() throws {
        try ledger.writer.write { db in _ = try Projector.rebuild(db) }
    }

    /// The read models as appended must equal a rebuild's tables, and their incidents, series and
    /// discrepancies the in-memory reconciliation's (an independent implementation of the same rules).
    func expectConsistent(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let incremental = try dump()
        let memory = try inMemory()
        #expect(try discrepancies() == memory.discrepancies, sourceLocation: sourceLocation)
        #expect(try incidents() == memory.incidents, sourceLocation: sourceLocation)
        #expect(try series() == memory.series, sourceLocation: sourceLocation)
        try rebuild()
        let rebuilt = try dump()
        for table in rebuilt.keys.sorted() {
            #expect(incremental[table] == rebuilt[table], "table \(table) differs after rebuild", sourceLocation: sourceLocation)
        }
    }

    /// The in-memory reconciliation of the whole log.
    func inMemory() throws -> Reconciliation {
        var state = LedgerState()
        for e in try ledger.events() { try state.apply(e) }
        return Reconciler.reconcile(state.records(), links: state.links)
    }

    func kinds() throws -> [DiscrepancyKind] { try discrepancies().map(\.kind).sorted() }
}
