import Foundation
import GRDB
import LedgerCore

/// The incidents that held after a past event as summaries (``IncidentSummary``), read from the
/// versions of the totals history (schema/007, 010, 014) and the current rows' columns: an index walk
/// proportional to the answer, no record decoded but those of versions closed since (what changed).
extension ReadModelStore {
    /// The incidents that held after event `seq` (a mark), in no particular order, each with its slot.
    public func incidentSummaries(at seq: Int64) throws -> [IncidentSummary] {
        var arguments: [Int64] = [seq]
        // An open version's columns give its facts (its index holds them all, migration 016); a closed
        // one's facts are its record's.
        var parts = ["""
            SELECT h.id, h.measure, h.category, h.day, h.low, h.high, h.best, h.place, h.admin1, h.record
            FROM rm_incident_history h INDEXED BY rm_incident_history_by_end
            WHERE h.valid_to IS NULL AND h.valid_from <= ?1
            """]
        parts += try closedVersionSelects(from: "rm_incident_history h", columns: "h.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, h.record", at: seq, arguments: &arguments)
        var out: [IncidentSummary] = []
        // The incidents of now are about as many as those of then: one allocation, not a doubling
        // copy of a growing array (a count of the table's smallest index: milliseconds at 1 M).
        out.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_incidents") ?? 0)
        let rows = try Row.fetchCursor(db, sql: parts.joined(separator: "\nUNION ALL\n"), arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            out.append(try summary(row, slot: out.count))
        }
        return out
    }

    /// One row of ``incidentSummaries(at:)``: a version with its own record is read from it.
    private func summary(_ row: Row, slot: Int) throws -> IncidentSummary {
        if let record: Data = row[9] {
            var summary = IncidentSummary(try ReadModelStore.decode(Incident.self, record), slot: slot)
            summary.record = record
            return summary
        }
        guard let m: String = row[1], let measure = Measure(rawValue: m),
              let c: String = row[2], let category = VictimCategory(rawValue: c), let place: String = row[7]
        else {
            throw DatabaseError(message: "rm_incident_history: open version of \(row[0] as String) without its measure, category or place")
        }
        let day: String? = row[3]
        return IncidentSummary(
            row: TallyVsIncidentsCheck.Row(
                id: row[0], category: category, place: place, admin1: row[8], day: day.flatMap { Day(iso: $0) }, best: row[6], slot: slot),
            measure: measure, low: row[4], high: row[5], record: nil)
    }

    /// The whole incident of a summary read by ``incidentSummaries(at:)``.
    public func incident(of summary: IncidentSummary) throws -> Incident {
        if let record = summary.record { return try ReadModelStore.decode(Incident.self, record) }
        guard let inc = try incident(summary.row.id) else {
            throw DatabaseError(message: "rm_incidents: no incident \(summary.row.id)")
        }
        return inc
    }
}
