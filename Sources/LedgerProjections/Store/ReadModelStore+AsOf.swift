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
    /// The kind of each stored discrepancy version valid after `?1` (no record read).
    private static let discrepancyVersions = """
        SELECT kind FROM rm_discrepancies WHERE valid_from <= ?1 AND kind <> 'tally_vs_incidents'
        UNION ALL
        SELECT kind FROM rm_discrepancies_history WHERE valid_to > ?1 AND valid_from <= ?1
        """

    /// The versions valid after `seq`, in key order: the current table's rows and the history's
    /// versions, each read in its own key order and merged, so that nothing is sorted (a sort of a
    /// million claims' records would go through temporary files). A key is never in both at once: a
    /// current row opened where the closed version it replaced ended.
    ///
    /// Each statement selects the key columns (`keys` of them) and then the stored value.
    private func forEachVersion(current: String, history: String, keys: Int, at seq: Int64, _ body: (Data) throws -> Void) throws {
        try forEachKeyedVersion(current: current, history: history, keys: keys, at: seq) { _, value in try body(value) }
    }

    /// Whether key `a` comes before `b` as SQLite orders them (BINARY: their UTF-8 bytes, column by column).
    private static func keyPrecedes(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) }
        return false
    }

    /// ``forEachVersion(current:history:keys:at:_:)`` giving each version's key columns with its value.
    private func forEachKeyedVersion(
        current: String, history: String, keys: Int, at seq: Int64, _ body: ([String], Data) throws -> Void
    ) throws {
        func next(_ rows: RowCursor) throws -> (key: [String], value: Data)? {
            guard let row = try rows.next() else { return nil }
            return ((0..<keys).map { row[$0] as String }, row[keys] as Data)
        }
        let precedes = Self.keyPrecedes
        let a = try Row.fetchCursor(db, sql: current, arguments: [seq])
        let b = try Row.fetchCursor(db, sql: history, arguments: [seq])
        var (x, y) = (try next(a), try next(b))
        while true {
            if let row = x, y.map({ precedes(row.key, $0.key) }) ?? true {
                try body(row.key, row.value)
                x = try next(a)
            } else if let row = y {
                try body(row.key, row.value)
                y = try next(b)
            } else {
                return
            }
        }
    }

    /// Each claim as it stood after event `seq`, in id order, decoded one at a time.
    public func forEachClaim(at seq: Int64, _ body: (ClaimRecord) throws -> Void) throws {
        var reports = ReportFacts()
        try forEachVersion(
            current: "SELECT id, record FROM rm_claims WHERE valid_from <= ? ORDER BY id",
            history: "SELECT id, record FROM rm_claims_history WHERE valid_to > ?1 AND valid_from <= ?1 ORDER BY id",
            keys: 1, at: seq
        ) { try body(try claim($0, &reports)) }
    }

    /// Each claim that may be a back-reference (``BackReferences/isBackReference(_:)`` decides) as it
    /// stood after event `seq`, in id order, decoded one at a time: the current rows through the small
    /// index of migration 015 (incident claims whose readable `context` is a back-reference, or not
    /// written), and every closed version that held then (a claim changes only when corrected).
    public func forEachRecallCandidate(at seq: Int64, _ body: (ClaimRecord) throws -> Void) throws {
        var reports = ReportFacts()
        try forEachVersion(
            current: """
                SELECT id, record FROM rm_claims INDEXED BY rm_claims_recalls
                WHERE kind = 'incident' AND (context IS NULL OR context = 'back_reference') AND valid_from <= ? ORDER BY id
                """,
            history: "SELECT id, record FROM rm_claims_history WHERE valid_to > ?1 AND valid_from <= ?1 ORDER BY id",
            keys: 1, at: seq
        ) { data in
            let record = try claim(data, &reports)
            if BackReferences.isBackReference(record) { try body(record) }
        }
    }

    /// How many claims held after event `seq`, and in how many reports (nothing decoded): both walk
    /// the index of claims by report and opening event (migration 016), the closed versions through
    /// their end index. A claim that held was opened by then, so its report was recorded by then.
    public func claimCounts(at seq: Int64) throws -> (claims: Int, reports: Int) {
        let row = try Row.fetchOne(statement("""
            SELECT (SELECT count(*) FROM rm_claims INDEXED BY rm_claims_by_report WHERE valid_from <= ?1)
                 + (SELECT count(*) FROM rm_claims_history WHERE valid_to > ?1 AND valid_from <= ?1),
                   (SELECT count(*) FROM (
                        SELECT DISTINCT report FROM rm_claims INDEXED BY rm_claims_by_report WHERE valid_from <= ?1
                        UNION
                        SELECT report FROM rm_claims_history WHERE valid_to > ?1 AND valid_from <= ?1))
            """), arguments: [seq])
        return (row?[0] ?? 0, row?[1] ?? 0)
    }

    /// The incidents that held after event `seq`, in id order. An open version keeps no record of its
    /// own (schema/014): it is the incident's current row. Decoded as read (the records are not held
    /// beside the incidents).
    public func incidents(at seq: Int64) throws -> [Incident] {
        var out: [Incident] = []
        try forEachIncident(at: seq) { out.append($0) }
        return out
    }

    /// ``incidents(at:)`` one at a time, in id order.
    public func forEachIncident(at seq: Int64, _ body: (Incident) throws -> Void) throws {
        let records = try Data.fetchCursor(statement("""
                SELECT coalesce(h.record, (SELECT i.record FROM rm_incidents i WHERE i.id = h.id)) FROM rm_incident_history h
                WHERE h.valid_from <= ?1 AND (h.valid_to IS NULL OR h.valid_to > ?1) ORDER BY h.id
                """),
            arguments: [seq])
        while let record = try records.next() { try body(try ReadModelStore.decode(Incident.self, record)) }
    }

    /// How many incidents held after event `seq` (a mark): a walk of the history's index.
    public func incidentCount(at seq: Int64) throws -> Int {
        try Int.fetchOne(statement("""
            SELECT count(*) FROM rm_incident_history WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1)
            """), arguments: [seq]) ?? 0
    }

    /// Each series point that held after event `seq`, by series and position, numbered (position and
    /// delta filled in), decoded one at a time.
    public func forEachSeriesPoint(at seq: Int64, _ body: (SeriesPoint) throws -> Void) throws {
        var numbering = Numbering()
        try forEachSeriesPointValue(at: seq) { _, value in try body(numbering.number(try ReadModelStore.decode(SeriesPoint.self, value))) }
    }

    /// Each series point's stored value that held after event `seq`, with its series key, in order.
    private func forEachSeriesPointValue(at seq: Int64, _ body: (String, Data) throws -> Void) throws {
        try forEachKeyedVersion(
            current: "SELECT series, chrono, claim_id, point FROM rm_series_points WHERE valid_from <= ? ORDER BY series, chrono, claim_id",
            history: """
                SELECT series, chrono, claim_id, point FROM rm_series_points_history
                WHERE valid_to > ?1 AND valid_from <= ?1 ORDER BY series, chrono, claim_id
                """,
            keys: 3, at: seq
        ) { key, value in try body(key[0], value) }
    }

    /// How many series points held after event `seq`, and each series' last point (numbered): what
    /// `tally_vs_incidents` reads, without holding the series. The points of each series are counted
    /// on one pass over the table in its storage order (no record read); then only the last two
    /// points of each series are read and decoded (its position is its count, its delta from the one
    /// before), by its key from the end.
    public func lastSeriesPoints(at seq: Int64) throws -> (points: Int, last: [SeriesPoint]) {
        var counts: [String: Int] = [:]
        let series = try String.fetchCursor(statement("""
            SELECT series FROM rm_series_points NOT INDEXED WHERE valid_from <= ?1
            UNION ALL
            SELECT series FROM rm_series_points_history WHERE valid_to > ?1 AND valid_from <= ?1
            """), arguments: [seq])
        while let s = try series.next() { counts[s, default: 0] += 1 }
        var last: [SeriesPoint] = []
        // In series order as SQLite sorts keys (BINARY: their UTF-8 bytes).
        for (s, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let (final, previous) = try lastTwoPoints(series: s, at: seq)
            guard let final else { continue }
            var point = try ReadModelStore.decode(SeriesPoint.self, final)
            point.position = count
            point.delta = try previous.map { point.value - (try ReadModelStore.decode(SeriesPoint.self, $0)).value }
            last.append(point)
        }
        return (counts.values.reduce(0, +), last)
    }

    /// The stored values of the last two points of `series` that held after event `seq` (the last
    /// first), from the current rows and the closed versions, each walked back from its end.
    private func lastTwoPoints(series: String, at seq: Int64) throws -> (Data?, Data?) {
        typealias Version = (key: [String], value: Data)
        func versions(_ sql: String) throws -> [Version] {
            try Row.fetchAll(statement(sql), arguments: [series, seq]).map { ([$0[0], $0[1]], $0[2]) }
        }
        let held = try versions("""
            SELECT chrono, claim_id, point FROM rm_series_points
            WHERE series = ?1 AND valid_from <= ?2 ORDER BY chrono DESC, claim_id DESC LIMIT 2
            """) + versions("""
            SELECT chrono, claim_id, point FROM rm_series_points_history
            WHERE series = ?1 AND valid_to > ?2 AND valid_from <= ?2 ORDER BY chrono DESC, claim_id DESC LIMIT 2
            """)
        // The later of the (at most four) versions first.
        let latest = held.sorted { a, b in Self.keyPrecedes(b.key, a.key) }
        return (latest.first?.value, latest.dropFirst().first?.value)
    }

    /// Every series point that held after event `seq`, by series and position, numbered.
    public func seriesPoints(at seq: Int64) throws -> [SeriesPoint] {
        var out: [SeriesPoint] = []
        try forEachSeriesPoint(at: seq) { out.append($0) }
        return out
    }

    /// Each stored discrepancy (every kind but `tally_vs_incidents`) that held after event `seq`, in id
    /// order, decoded one at a time.
    public func forEachDiscrepancy(at seq: Int64, _ body: (Discrepancy) throws -> Void) throws {
        try forEachVersion(
            current: "SELECT id, record FROM rm_discrepancies WHERE valid_from <= ? AND kind <> 'tally_vs_incidents' ORDER BY id",
            history: "SELECT id, record FROM rm_discrepancies_history WHERE valid_to > ?1 AND valid_from <= ?1 ORDER BY id",
            keys: 1, at: seq
        ) { try body(try ReadModelStore.decode(Discrepancy.self, $0)) }
    }

    /// How many stored discrepancies of each kind (but `tally_vs_incidents`) held after event `seq`.
    public func discrepancyCounts(at seq: Int64) throws -> [DiscrepancyKind: Int] {
        var out: [DiscrepancyKind: Int] = [:]
        for row in try Row.fetchAll(
            statement("SELECT kind, count(*) FROM (\(Self.discrepancyVersions)) GROUP BY kind"), arguments: [seq])
        {
            guard let kind = DiscrepancyKind(rawValue: row[0]) else {
                throw DatabaseError(message: "rm_discrepancies: unknown kind \(row[0] as String)")
            }
            out[kind] = row[1]
        }
        return out
    }
}
