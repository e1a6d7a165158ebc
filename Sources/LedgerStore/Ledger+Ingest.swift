import GRDB
import LedgerCore

/// A report ready to append: its ingest event and the claims read from it.
public struct PreparedReport: Sendable {
    public var report: ReportIngested
    public var claims: [ClaimExtracted]

    public init(report: ReportIngested, claims: [ClaimExtracted]) {
        self.report = report
        self.claims = claims
    }

    public var contentHash: String { report.report.contentHash }

    /// The report's events as canonical JSON: its `report_ingested` event, then one per claim.
    public func encoded() throws -> EncodedReport {
        var events: [PendingEvent] = []
        events.reserveCapacity(1 + claims.count)
        events.append(try PendingEvent(.reportIngested(report)))
        for claim in claims { events.append(try PendingEvent(.claimExtracted(claim))) }
        return EncodedReport(contentHash: contentHash, events: events)
    }
}

/// A report whose events are already encoded: what ``Ledger/ingest(_:recordedAt:hook:)-(EncodedReport)``
/// appends. The first event must be its `report_ingested` event, whose content hash is `contentHash`
/// (the database refuses a second one for the same hash).
public struct EncodedReport: Sendable {
    public var contentHash: String
    public var events: [PendingEvent]

    public init(contentHash: String, events: [PendingEvent]) {
        self.contentHash = contentHash
        self.events = events
    }
}

/// What happened to one report of an ingest.
public enum IngestOutcome: Hashable, Sendable {
    /// Appended, with this many claim events.
    case added(claims: Int)
    /// Its content hash was already in the ledger; nothing was appended.
    case alreadyPresent
}

extension Ledger {
    /// Appends reports and their claims in one transaction. A report whose content hash is already in
    /// the ledger (or earlier in the same batch) adds nothing, so re-running an ingest is a no-op.
    /// Only the reports that are appended are encoded.
    ///
    /// - Returns: one outcome per report, in order.
    @discardableResult
    public func ingest(_ reports: [PreparedReport], recordedAt: String = Timestamp.now(), hook: AppendHook? = nil) throws
        -> [IngestOutcome]
    {
        try ingest(reports, contentHash: \.contentHash, encode: { try $0.encoded().events }, recordedAt: recordedAt, hook: hook)
    }

    /// The same, for reports already encoded (the store's own work: idempotence checks, sequence
    /// numbers, hash chain, insert, commit).
    @discardableResult
    public func ingest(_ reports: [EncodedReport], recordedAt: String = Timestamp.now(), hook: AppendHook? = nil) throws
        -> [IngestOutcome]
    {
        try ingest(reports, contentHash: \.contentHash, encode: \.events, recordedAt: recordedAt, hook: hook)
    }

    /// Both ingests: skip reports already present, encode the others, append them in one transaction.
    private func ingest<Report>(
        _ reports: [Report], contentHash: (Report) -> String, encode: (Report) throws -> [PendingEvent],
        recordedAt: String, hook: AppendHook?
    ) throws -> [IngestOutcome] {
        guard !reports.isEmpty else { return [] }
        return try guarded {
            var outcomes: [IngestOutcome] = []
            try appendTransaction { db in
                outcomes = []
                outcomes.reserveCapacity(reports.count)
                var pending: [PendingEvent] = []
                var seen = Set<String>()
                let exists = try RawStatement(db, sql: "SELECT 1 FROM events WHERE report_hash = ?")
                defer { exists.finish() }
                for report in reports {
                    let hash = contentHash(report)
                    let present = try seen.contains(hash) || Ledger.isPresent(hash, exists)
                    if present {
                        outcomes.append(.alreadyPresent)
                        continue
                    }
                    seen.insert(hash)
                    let events = try encode(report)
                    pending.append(contentsOf: events)
                    outcomes.append(.added(claims: max(0, events.count - 1)))
                }
                if let hook {
                    let stored = try Ledger.appendInTransaction(db, pending, recordedAt: recordedAt)
                    if !stored.isEmpty { try hook(db, stored) }
                } else {
                    try Ledger.appendInTransaction(db, pending, recordedAt: recordedAt, keepStored: false)
                }
            }
            return outcomes
        }
    }

    /// Runs the `report_hash` look-up for one content hash.
    private static func isPresent(_ contentHash: String, _ exists: RawStatement) throws -> Bool {
        var hash = contentHash
        return try hash.withUTF8 { utf8 in
            exists.bindNoCopy(UnsafeRawBufferPointer(utf8), at: 1)
            defer { exists.reset() }
            return try exists.step()
        }
    }

    /// True when a report with this content hash is in the ledger.
    public func contains(report contentHash: String) throws -> Bool {
        try guarded {
            try writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM events WHERE report_hash = ?", arguments: [contentHash]) ?? false
            }
        }
    }
}
