import GRDB
import LedgerCore

/// The totals history of migration 007: the versions of every incident the projector wrote, kept by
/// triggers on `rm_incidents`, and a mark per projection that maps recorded times to the log.
extension ReadModelStore {
    /// Names the projection about to write rows: versions it opens or closes are stamped with `seq`,
    /// the last event it folds. The first projection also opens the history.
    func startProjection(through seq: Int64) throws {
        try execute(
            sql: "UPDATE rm_history_clock SET seq = ?, history_from = coalesce(history_from, ?)",
            arguments: [seq, seq])
    }

    /// Deletes every history and mark (after ``clear()``: nothing is left to close), so that the next
    /// projection starts the history again.
    func clearHistory() throws {
        for table in ["rm_claims_history", "rm_series_points_history", "rm_discrepancies_history", "rm_incident_history", "rm_history_marks"] {
            // Table names come from the fixed list above, never from input.
            try execute(sql: "DELETE FROM \(table)")
        }
        try execute(sql: "UPDATE rm_history_clock SET seq = 0, history_from = NULL")
    }

    /// Records that the read models now hold the events up to `seq`, of which those after the
    /// previous mark were recorded between `earliest` and `latest`.
    func markProjection(through seq: Int64, earliest: String, latest: String) throws {
        var (earliest, running) = (earliest, latest)
        if let previous = try String.fetchOne(
            statement("SELECT max_recorded_at FROM rm_history_marks WHERE seq < ? ORDER BY seq DESC LIMIT 1"), arguments: [seq])
        {
            running = max(previous, latest)
        } else if let row = try Row.fetchOne(
            statement("SELECT min(recorded_at), max(recorded_at) FROM events WHERE seq <= ?"), arguments: [seq]),
            let first: String = row[0], let last: String = row[1]
        {
            // The first mark stands for every event before it too, whichever projection folded them.
            (earliest, running) = (min(earliest, first), max(latest, last))
        }
        try execute(
            sql: "INSERT OR REPLACE INTO rm_history_marks (seq, max_recorded_at, min_recorded_at) VALUES (?, ?, ?)",
            arguments: [seq, running, earliest])
    }

    /// The last event of the projection whose read models show the ledger as it stood at `asOf`
    /// (every event recorded by then and no other; 0 before the first), or nil when the history
    /// cannot tell: it began later, or an event recorded by `asOf` was appended after one recorded later.
    public func historySeq(asOf: String) throws -> Int64? {
        guard let from = try Int64.fetchOne(statement("SELECT history_from FROM rm_history_clock")) else { return nil }
        let seq = try Int64.fetchOne(
            statement("SELECT seq FROM rm_history_marks WHERE max_recorded_at <= ? ORDER BY max_recorded_at DESC, seq DESC LIMIT 1"),
            arguments: [asOf]) ?? 0
        // Before the first mark only "before the first event" is known (the first mark covers every event up to it).
        guard seq >= from || seq == 0 else { return nil }
        if let later = try String.fetchOne(
            statement("SELECT min(min_recorded_at) FROM rm_history_marks WHERE seq > ?"), arguments: [seq]),
            later <= asOf
        {
            return nil
        }
        return seq
    }

    /// What the totals add up of each incident that held after event `seq` (the current incidents
    /// when nil), in incident id order, with the event that recorded each claim behind a best figure.
    public func totalsEntries(at seq: Int64?) throws -> (entries: [TotalsEntry], claimSeqs: [String: Int64]) {
        let columns = "id, measure, category, area, day, low, high, best, best_claim, best_seq"
        // The open versions (all of them now; then, those opened by `seq`), and for a past `seq` the
        // closed versions that held then, span class by span class (schema/010): a version of span w
        // that held after `seq` opened in (seq - w, seq]. The classes present are found by index seeks.
        var parts = [
            "SELECT \(columns) FROM rm_incident_history INDEXED BY rm_incident_history_by_end WHERE valid_to IS NULL AND valid_from <= ?1"
        ]
        var arguments: [Int64] = [seq ?? Int64.max]
        if let seq {
            parts += try closedVersionSelects(from: "rm_incident_history", columns: columns, at: seq, arguments: &arguments)
        }
        let sql = "SELECT * FROM (\(parts.joined(separator: "\nUNION ALL\n"))) ORDER BY id"
        var entries: [TotalsEntry] = []
        var bestSeqs: [(claim: String, seq: Int64)] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            guard let measure = Measure(rawValue: row[1]), let category = VictimCategory(rawValue: row[2]) else {
                throw DatabaseError(message: "rm_incident_history: unknown measure or category in \(row)")
            }
            let bestClaim: String? = row[8]
            entries.append(TotalsEntry(
                id: row[0], measure: measure, category: category, area: row[3], day: row[4], low: row[5], high: row[6],
                best: row[7], bestClaim: bestClaim))
            if let bestClaim, let s: Int64 = row[9] { bestSeqs.append((bestClaim, s)) }
        }
        // Built at its final size: grown one row at a time, the map of 194,000 claims at a million
        // events was rehashed a dozen times.
        var claimSeqs: [String: Int64] = [:]
        claimSeqs.reserveCapacity(bestSeqs.count)
        for (claim, seq) in bestSeqs { claimSeqs[claim] = seq }
        return (entries, claimSeqs)
    }

    /// The SELECTs of `columns` from `table` (`rm_incident_history`, maybe with an alias) of the closed
    /// incident versions that held after event `seq` (argument `?1`), one per span class present
    /// (schema/010): a version of span w that held then opened in (seq - w, seq]. The classes present
    /// are found by index seeks; each one's bound is appended to `arguments`.
    func closedVersionSelects(from table: String, columns: String, at seq: Int64, arguments: inout [Int64]) throws -> [String] {
        var parts: [String] = []
        var span: Int64 = 0
        while let next = try Int64.fetchOne(
            statement("SELECT min(span) FROM rm_incident_history WHERE valid_to IS NOT NULL AND span > ?"), arguments: [span])
        {
            span = next
            arguments.append(span)
            parts.append("""
                SELECT \(columns) FROM \(table) INDEXED BY rm_incident_history_by_span
                WHERE valid_to IS NOT NULL AND span = ?\(arguments.count) AND valid_from > ?1 - ?\(arguments.count)
                  AND valid_from <= ?1 AND valid_to > ?1
                """)
        }
        return parts
    }
}
