import LedgerCore
import LedgerStore
import PostgresNIO

extension PostgresLedger {
    public func events(from seq: Int64, limit: Int) throws -> [StoredEvent] {
        try exclusive { try eventsNow(from: seq, limit: limit) }
    }

    /// ``events(from:limit:)`` on the connection the caller holds.
    func eventsNow(from seq: Int64, limit: Int) throws -> [StoredEvent] {
        let rows = try run("""
            SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events
            WHERE seq >= \(seq) ORDER BY seq LIMIT \(Int64(max(0, limit)))
            """)
        return try rows.map(decode)
    }

    /// True when a report with this content hash is in the ledger.
    public func contains(report contentHash: String) throws -> Bool {
        try exclusive { !(try run("SELECT 1 FROM events WHERE report_hash = \(contentHash)").isEmpty) }
    }

    private func decode(_ row: PostgresRow) throws -> StoredEvent {
        let (seq, typeName, payload, recordedAt, prevHash, hash): (Int64, String, String, String, String, String)
        do {
            (seq, typeName, payload, recordedAt, prevHash, hash) = try row.decode((Int64, String, String, String, String, String).self)
        } catch {
            throw Self.translate(error, url: url, doing: "reading events")
        }
        guard let type = EventType(rawValue: typeName) else {
            throw LedgerError.database(path: location, detail: "event \(seq) has unknown type \(typeName)")
        }
        return StoredEvent(seq: seq, type: type, payload: payload, recordedAt: recordedAt, prevHash: prevHash, hash: hash)
    }
}
