import GRDB
import LedgerCore

/// Which events to read.
public struct EventFilter: Sendable, Equatable {
    public var types: Set<EventType> = []
    public var fromSeq: Int64?
    public var toSeq: Int64?
    /// Only events recorded at or before this canonical timestamp (the as-of clock).
    public var recordedAtOrBefore: String?
    public var recordedAfter: String?
    public var limit: Int?

    public init(
        types: Set<EventType> = [], fromSeq: Int64? = nil, toSeq: Int64? = nil, recordedAtOrBefore: String? = nil,
        recordedAfter: String? = nil, limit: Int? = nil
    ) {
        self.types = types
        self.fromSeq = fromSeq
        self.toSeq = toSeq
        self.recordedAtOrBefore = recordedAtOrBefore
        self.recordedAfter = recordedAfter
        self.limit = limit
    }

    func sql() -> (String, StatementArguments) {
        var clauses: [String] = []
        var args = StatementArguments()
        if !types.isEmpty {
            clauses.append("type IN (\(types.map { _ in "?" }.joined(separator: ",")))")
            for t in types.sorted(by: { $0.rawValue < $1.rawValue }) { args += [t.rawValue] }
        }
        if let fromSeq { clauses.append("seq >= ?"); args += [fromSeq] }
        if let toSeq { clauses.append("seq <= ?"); args += [toSeq] }
        if let recordedAtOrBefore { clauses.append("recorded_at <= ?"); args += [recordedAtOrBefore] }
        if let recordedAfter { clauses.append("recorded_at > ?"); args += [recordedAfter] }
        var sql = "SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY seq"
        if let limit { sql += " LIMIT \(max(0, limit))" }
        return (sql, args)
    }
}

extension Ledger {
    /// Streams events in append order to `body`, without loading the whole log.
    /// `body` returns false to stop early.
    public func forEachEvent(_ filter: EventFilter = EventFilter(), _ body: (StoredEvent) throws -> Bool) throws {
        try guarded {
            try writer.read { db in try Ledger.forEachEvent(db, filter, body) }
        }
    }

    /// The same, on a database connection the caller already holds.
    public static func forEachEvent(_ db: Database, _ filter: EventFilter, _ body: (StoredEvent) throws -> Bool) throws {
        let (sql, args) = filter.sql()
        let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
        while let row = try rows.next() {
            let typeName: String = row[1]
            guard let type = EventType(rawValue: typeName) else {
                throw LedgerError.database(path: "", detail: "event \(row[0] as Int64) has unknown type \(typeName)")
            }
            let event = StoredEvent(seq: row[0], type: type, payload: row[2], recordedAt: row[3], prevHash: row[4], hash: row[5])
            if try !body(event) { return }
        }
    }

    /// Reads events into an array (for small logs and tests).
    public func events(_ filter: EventFilter = EventFilter()) throws -> [StoredEvent] {
        var out: [StoredEvent] = []
        try forEachEvent(filter) { out.append($0); return true }
        return out
    }
}
