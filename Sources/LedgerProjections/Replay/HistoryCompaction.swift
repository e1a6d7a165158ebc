import GRDB

/// Drops from the read models' history what no as-of query can reach.
///
/// A projection's mark answers the times from its own latest recorded time to the next mark's
/// (``ReadModelStore/historySeq(asOf:)``), unless a later projection folded an event recorded by then
/// (the answer is then a replay). So a mark followed by one holding an event recorded no later than
/// it answers nothing: an archive ingested with one `--recorded-at` leaves one such mark per batch
/// but the last. Compaction drops those marks (carrying each one's earliest recorded time into the
/// next mark kept, so that every earlier mark still sees it) and every closed version of a claim,
/// series point, discrepancy or incident that held at no mark left. Every as-of answer stays the
/// same; the current rows and the event log are not touched.
public enum HistoryCompaction {
    /// What a compaction dropped.
    public struct Outcome: Sendable, Equatable {
        /// Marks no as-of time could reach.
        public var marks: Int
        /// Closed versions that held at no mark left, every history table together.
        public var versions: Int
        /// Stored values written again in the compact form (``StoredFormatUpgrade``).
        public var recoded = 0
    }

    /// The history tables whose closed versions hold from `valid_from` up to (not including) `valid_to`.
    static let tables = ["rm_claims_history", "rm_series_points_history", "rm_discrepancies_history", "rm_incident_history"]

    /// Compacts the history of the read models in `db` (inside the caller's transaction), and writes
    /// values an older version stored in the original binary form again in the compact one.
    public static func compact(_ db: Database) throws -> Outcome {
        var outcome = try dropUnreachable(db)
        outcome.recoded = try StoredFormatUpgrade.upgrade(db)
        return outcome
    }

    /// Drops the marks no as-of time reaches and the versions that held only there.
    static func dropUnreachable(_ db: Database) throws -> Outcome {
        let marks = try Row.fetchAll(db, sql: "SELECT seq, max_recorded_at, min_recorded_at FROM rm_history_marks ORDER BY seq")
            .map { (seq: $0[0] as Int64, latest: $0[1] as String, earliest: $0[2] as String) }
        // From the last mark back: a mark is reachable when every later mark's events were recorded
        // after its latest time. The last mark always is.
        var laterEarliest: String?
        // The nearest mark kept after the one at hand, and the earliest time of those dropped before it.
        var nextKept: Int64?
        var carried: String?
        var dropped = 0
        func fold() throws {
            guard let c = carried, let next = nextKept else { return }
            try db.execute(
                sql: "UPDATE rm_history_marks SET min_recorded_at = min(min_recorded_at, ?) WHERE seq = ?", arguments: [c, next])
            carried = nil
        }
        for m in marks.reversed() {
            if let later = laterEarliest, later <= m.latest {
                try db.execute(sql: "DELETE FROM rm_history_marks WHERE seq = ?", arguments: [m.seq])
                carried = min(carried ?? m.earliest, m.earliest)
                dropped += 1
            } else {
                try fold()
                nextKept = m.seq
            }
            laterEarliest = min(laterEarliest ?? m.earliest, m.earliest)
        }
        try fold()
        var versions = 0
        guard dropped > 0 else { return Outcome(marks: 0, versions: 0) }
        for table in tables {
            // Table names come from the fixed list above, never from input.
            try db.execute(sql: """
                DELETE FROM \(table) WHERE valid_to IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM rm_history_marks m WHERE m.seq >= \(table).valid_from AND m.seq < \(table).valid_to)
                """)
            versions += db.changesCount
        }
        return Outcome(marks: dropped, versions: versions)
    }
}
