import GRDB
import LedgerCore

/// An event about to be appended: its type and canonical payload bytes, encoded once.
public struct PendingEvent: Sendable {
    public var type: EventType { didSet { value = nil } }
    public var payload: [UInt8] { didSet { value = nil } }
    /// The value `payload` encodes, when the event was built from one: handed on to the append's hook.
    /// Setting `type` or `payload` forgets it, so the hook never sees a value the log does not hold.
    private(set) var value: EventPayload?

    public init(type: EventType, payload: [UInt8]) {
        self.type = type
        self.payload = payload
    }

    public init(_ payload: EventPayload) throws {
        self.type = payload.type
        self.payload = try payload.canonicalJSON()
        self.value = payload
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
            var stored: [StoredEvent] = []
            try appendTransaction { db in
                stored = try Ledger.appendInTransaction(db, events, recordedAt: recordedAt)
                try hook?(db, stored)
            }
            return stored
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction of appends and their projections, committed
    /// when it returns, with SQLite's temporary storage in memory for the transaction's length.
    ///
    /// A statement that may have to undo itself part-way (a read-model upsert and its history
    /// triggers) keeps the pages it changes in a statement journal, which SQLite spills to a temporary
    /// file past 64 KiB: the projections' statements did, one `pwrite` per page (31,305 writes to it
    /// for 300 reports, more than the WAL's 18,466). In memory each is freed at its statement's end.
    /// Not for the connection's life: `VACUUM` and large sorts would then hold whole temporary
    /// databases in memory (`ledger compact` of a 235 k-event ledger peaked at 725 MB against 69 MB).
    /// SQLite decides where the journals go when a transaction begins, so the pragma is set before it;
    /// changing it drops a connection's TEMP tables, and this connection has none (the PostgreSQL
    /// mirror's change capture keeps its own on its cache connection, and copies its events through
    /// ``insertCopies(_:_:expecting:checked:)``, not through here).
    func appendTransaction(_ body: (Database) throws -> Void) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            defer { try? db.execute(sql: "PRAGMA temp_store = DEFAULT") }
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }

    /// The append itself; the caller owns the transaction.
    ///
    /// Rows are bound and stepped through the SQLite C API (``RawStatement``): the payload straight
    /// from its bytes, the hashes from ``ChainHashes`` (computed ahead, on a second thread for large
    /// batches), the recorded time once per batch. The stored events (with their `String` fields)
    /// are built only when `keepStored` is true, for a hook or a caller that wants them.
    @discardableResult
    static func appendInTransaction(_ db: Database, _ events: [PendingEvent], recordedAt: String, keepStored: Bool = true) throws
        -> [StoredEvent]
    {
        guard !events.isEmpty else { return [] }
        let head = try Ledger.head(db)
        guard head.hash.utf8.count == 64 else {
            throw LedgerError.database(path: "", detail: "event \(head.seq) has a malformed hash")
        }
        let chain = ChainHashes(head: head.hash, events: events, recordedAt: recordedAt)
        let insert = try RawStatement(db, sql: "INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)")
        defer { insert.finish() }
        insert.bind(recordedAt, at: 4)
        var stored: [StoredEvent] = []
        if keepStored { stored.reserveCapacity(events.count) }
        var prevHash = head.hash
        // By index: each event read in place (a copy of a `PendingEvent` copies its decoded value
        // too, retaining every string in it).
        for index in events.indices {
            let seq = head.seq + 1 + Int64(index)
            let (previous, hash) = chain.hashes(of: index)
            var type = events[index].type.rawValue
            try type.withUTF8 { type in
                try events[index].payload.withUnsafeBytes { payload in
                    insert.bind(seq, at: 1)
                    insert.bindNoCopy(UnsafeRawBufferPointer(type), at: 2)
                    insert.bindNoCopy(payload, at: 3)
                    insert.bindNoCopy(previous, at: 5)
                    insert.bindNoCopy(hash, at: 6)
                    _ = try insert.step()
                    insert.reset()
                }
            }
            if keepStored {
                let hash = String(decoding: hash, as: UTF8.self)
                var storedEvent = StoredEvent(
                    seq: seq, type: events[index].type, payload: String(decoding: events[index].payload, as: UTF8.self),
                    recordedAt: recordedAt, prevHash: prevHash, hash: hash)
                storedEvent.value = events[index].value
                stored.append(storedEvent)
                prevHash = hash
            }
        }
        return stored
    }
}
