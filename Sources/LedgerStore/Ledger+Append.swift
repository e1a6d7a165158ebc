import GRDB
import LedgerCore

/// An event about to be appended: its type and canonical payload bytes, encoded once.
public struct PendingEvent: Sendable {
    public var type: EventType
    public var payload: [UInt8]

    public init(type: EventType, payload: [UInt8]) {
        self.type = type
        self.payload = payload
    }

    public init(_ payload: EventPayload) throws {
        self.type = payload.type
        self.payload = try payload.canonicalJSON()
    }
}

/// Called inside the append transaction with the events just written, so that read models are
/// updated atomically with the log (a crash leaves both or neither).
public typealias AppendHook = @Sendable (Database, [StoredEvent]) throws -> Void

extension Ledger {
    /// Appends events in one `BEGIN IMMEDIATE` transaction, chaining each to the current head.
    ///
    /// - Parameter recordedAt: the recorded time of every event of the batch (canonical form).
    /// - Returns: the stored events, with their sequence numbers and hashes.
    @discardableResult
    public func append(_ events: [PendingEvent], recordedAt: String = Timestamp.now(), hook: AppendHook? = nil) throws
        -> [StoredEvent]
    {
        guard !events.isEmpty else { return [] }
        return try guarded {
            try writer.writeWithoutTransaction { db in
                var stored: [StoredEvent] = []
                try db.inTransaction(.immediate) {
                    stored = try Ledger.appendInTransaction(db, events, recordedAt: recordedAt)
                    try hook?(db, stored)
                    return .commit
                }
                return stored
            }
        }
    }

    /// The append itself; the caller owns the transaction.
    @discardableResult
    static func appendInTransaction(_ db: Database, _ events: [PendingEvent], recordedAt: String) throws -> [StoredEvent] {
        var head = try Ledger.head(db)
        let insert = try db.cachedStatement(
            sql: "INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)")
        var stored: [StoredEvent] = []
        stored.reserveCapacity(events.count)
        for event in events {
            let seq = head.seq + 1
            let hash = EventHash.compute(previous: head.hash, type: event.type.rawValue, payload: event.payload, recordedAt: recordedAt)
            let payload = String(decoding: event.payload, as: UTF8.self)
            insert.setUncheckedArguments([seq, event.type.rawValue, payload, recordedAt, head.hash, hash])
            try insert.execute()
            stored.append(StoredEvent(seq: seq, type: event.type, payload: payload, recordedAt: recordedAt, prevHash: head.hash, hash: hash))
            head = ChainHead(seq: seq, hash: hash)
        }
        return stored
    }
}
