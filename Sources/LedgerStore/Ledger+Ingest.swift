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
    ///
    /// - Returns: one outcome per report, in order.
    @discardableResult
    public func ingest(_ reports: [PreparedReport], recordedAt: String = Timestamp.now(), hook: AppendHook? = nil) throws
        -> [IngestOutcome]
    {
        guard !reports.isEmpty else { return [] }
        return try guarded {
            try writer.writeWithoutTransaction { db in
                var outcomes: [IngestOutcome] = []
                try db.inTransaction(.immediate) {
                    outcomes = []
                    var pending: [PendingEvent] = []
                    var seen = Set<String>()
                    let exists = try db.cachedStatement(sql: "SELECT 1 FROM events WHERE report_hash = ?")
                    for report in reports {
                        let hash = report.contentHash
                        let present = try seen.contains(hash) || (Bool.fetchOne(exists, arguments: [hash]) ?? false)
                        if present {
                            outcomes.append(.alreadyPresent)
                            continue
                        }
                        seen.insert(hash)
                        pending.append(try PendingEvent(.reportIngested(report.report)))
                        for claim in report.claims { pending.append(try PendingEvent(.claimExtracted(claim))) }
                        outcomes.append(.added(claims: report.claims.count))
                    }
                    let stored = try Ledger.appendInTransaction(db, pending, recordedAt: recordedAt)
                    if !stored.isEmpty { try hook?(db, stored) }
                    return .commit
                }
                return outcomes
            }
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
