import Foundation
import GRDB
import LedgerCore

/// The read models as they stood after a past event, from the histories of migrations 007 and 009:
/// each table's rows with `valid_from <= seq`, and its closed versions with `valid_from <= seq <
/// valid_to`. `seq` is the last event of a projection (a mark, see ``historySeq(asOf:)``); at the
/// head of the log these are the current rows.
///
/// `tally_vs_incidents` discrepancies are not kept (the projector defers them); ``ReadModelHistory``
/// derives them from the series and incidents read here.
extension ReadModelStore {
    /// The rows of a current table valid after `seq` and its history's versions valid then.
    /// `columns` and the tables come from the fixed strings below, never from input.
    private static func versions(_ columns: String, table: String, history: String) -> String {
        """
        SELECT \(columns) FROM \(table) WHERE valid_from <= ?1
        UNION ALL
        SELECT \(columns) FROM \(history) WHERE valid_to > ?1 AND valid_from <= ?1
        """
    }

    private static let claimVersions = versions("id, report, record", table: "rm_claims", history: "rm_claims_history")
    private static let pointVersions = versions(
        "series, chrono, claim_id, point", table: "rm_series_points", history: "rm_series_points_history")
    private static let discrepancyVersions = """
        SELECT id, kind, record FROM rm_discrepancies WHERE valid_from <= ?1 AND kind <> 'tally_vs_incidents'
        UNION ALL
        SELECT id, kind, record FROM rm_discrepancies_history WHERE valid_to > ?1 AND valid_from <= ?1
        """

    /// Each claim as it stood after event `seq`, in id order, decoded one at a time.
    public func forEachClaim(at seq: Int64, _ body: (ClaimRecord) throws -> Void) throws {
        let rows = try Data.fetchCursor(
            db, sql: "SELECT record FROM (\(Self.claimVersions)) ORDER BY id", arguments: [seq])
        while let data = try rows.next() { try body(try ReadModelStore.decode(ClaimRecord.self, data)) }
    }

    /// How many claims held after event `seq`, and in how many reports (nothing decoded).
    public func claimCounts(at seq: Int64) throws -> (claims: Int, reports: Int) {
        let row = try Row.fetchOne(
            db, sql: "SELECT count(*), count(DISTINCT report) FROM (\(Self.claimVersions))", arguments: [seq])
        return (row?[0] ?? 0, row?[1] ?? 0)
    }

    /// The incidents that held after event `seq`, in id order.
    public func incidents(at seq: Int64) throws -> [Incident] {
        try Data.fetchAll(
            db, sql: """
                SELECT record FROM rm_incident_history
                WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) ORDER BY id
                """,
            arguments: [seq]
        ).map { try ReadModelStore.decode(Incident.self, $0) }
    }

    /// Every series point that held after event `seq`, by series and position, numbered.
    public func seriesPoints(at seq: Int64) throws -> [SeriesPoint] {
        var out: [SeriesPoint] = []
        var current: [SeriesPoint] = []
        let rows = try Data.fetchCursor(
            db, sql: "SELECT point FROM (\(Self.pointVersions)) ORDER BY series, chrono, claim_id", arguments: [seq])
        while let data = try rows.next() {
            let point = try ReadModelStore.decode(SeriesPoint.self, data)
            if let first = current.first, first.series != point.series {
                out += ReadModelStore.numbered(current)
                current.removeAll(keepingCapacity: true)
            }
            current.append(point)
        }
        out += ReadModelStore.numbered(current)
        return out
    }

    /// Each stored discrepancy (every kind but `tally_vs_incidents`) that held after event `seq`, in id
    /// order, decoded one at a time.
    public func forEachDiscrepancy(at seq: Int64, _ body: (Discrepancy) throws -> Void) throws {
        let rows = try Data.fetchCursor(
            db, sql: "SELECT record FROM (\(Self.discrepancyVersions)) ORDER BY id", arguments: [seq])
        while let data = try rows.next() { try body(try ReadModelStore.decode(Discrepancy.self, data)) }
    }

    /// How many stored discrepancies of each kind (but `tally_vs_incidents`) held after event `seq`.
    public func discrepancyCounts(at seq: Int64) throws -> [DiscrepancyKind: Int] {
        var out: [DiscrepancyKind: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT kind, count(*) FROM (\(Self.discrepancyVersions)) GROUP BY kind", arguments: [seq])
        {
            guard let kind = DiscrepancyKind(rawValue: row[0]) else {
                throw DatabaseError(message: "rm_discrepancies: unknown kind \(row[0] as String)")
            }
            out[kind] = row[1]
        }
        return out
    }
}
