import Foundation
import LedgerCore

/// A claim record is stored without its report's facts (issue 20: a small file): `rm_reports` holds
/// them once per report, where every claim record used to carry a copy (``ClaimRecord/report``, about
/// 130 B of a ~500 B record). They are filled in when a record is read, from the report row; a
/// report's facts never change once ingested (a republication mark is kept in the record itself), so
/// the record read is the one written. Records an older version stored with their copy still read the
/// same; `ledger compact` rewrites them without it (``StoredFormatUpgrade``).
///
/// A reader keeps one of these for a run of records (most claims of a read share a few reports).
struct ReportFacts {
    private var known: [String: ReportInfo?] = [:]

    /// The record as stored: without its report's facts.
    static func stored(_ record: ClaimRecord) -> ClaimRecord {
        var r = record
        r.report = nil
        return r
    }

    /// `record` with its report's facts from `store` (a record stored with them is left as it is).
    mutating func fill(_ record: ClaimRecord, from store: ReadModelStore) throws -> ClaimRecord {
        guard record.report == nil else { return record }
        var r = record
        r.report = try facts(of: record.claim.report, from: store)
        return r
    }

    private mutating func facts(of hash: String, from store: ReadModelStore) throws -> ReportInfo? {
        if let found = known[hash] { return found }
        // A read of many reports' claims keeps a bounded memory: the cache starts again when full.
        if known.count >= 4_096 { known.removeAll(keepingCapacity: true) }
        let info = try store.report(hash)
        known[hash] = info
        return info
    }
}
