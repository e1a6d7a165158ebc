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
        // An open version is the incident's current row, whose columns give its facts; a closed one's
        // facts are its record's.
        var parts = ["""
            SELECT h.id, i.measure, i.category, i.day, i.low, i.high, i.best, i.place, i.admin1, h.record
            FROM rm_incident_history h INDEXED BY rm_incident_history_by_end LEFT JOIN rm_incidents i ON i.id = h.id
            WHERE h.valid_to IS NULL AND h.valid_from <= ?1
            """]
        parts += try closedVersionSelects(from: "rm_incident_history h", columns: "h.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, h.record", at: seq, arguments: &arguments)
        var out: [IncidentSummary] = []
        let rows = try Row.fetchCursor(db, sql: parts.joined(separator: "\nUNION ALL\n"), arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            out.append(try summary(row, slot: out.count))
        }
        return out
    }

    /// One row of ``incidentSummaries(at:)``: a version with its own record is read from it.
    private func summary(_ row: Row, slot: Int) throws -> IncidentSummary {
        if let record: Data = row[9] {
            let inc = try ReadModelStore.decode(Incident.self, record)
            return IncidentSummary(row: TallyVsIncidentsCheck.Row(inc, slot: slot), measure: inc.measure, low: inc.low, high: inc.high, record: record)
        }
        guard let m: String = row[1], let measure = Measure(rawValue: m),
              let c: String = row[2], let category = VictimCategory(rawValue: c), let place: String = row[7]
        else {
            throw DatabaseError(message: "rm_incident_history: open version of \(row[0] as String) without a readable incident row")
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
