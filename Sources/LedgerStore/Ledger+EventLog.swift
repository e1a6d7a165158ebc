import GRDB
import LedgerCore

/// The SQLite engine of the ``EventLog`` interface: today's ledger file.
extension Ledger: EventLog {
    public var location: String { path }

    @discardableResult
    public func append(_ events: [PendingEvent], recordedAt: String, expecting: ChainHead?) throws -> [StoredEvent] {
        guard let expecting else { return try append(events, recordedAt: recordedAt) }
        return try guarded {
            try writer.writeWithoutTransaction { db in
                var stored: [StoredEvent] = []
                try db.inTransaction(.immediate) {
                    // The head read under the write lock is the one the rows are chained to.
                    let found = try Ledger.head(db)
                    if found != expecting { throw ChainConflict(expected: expecting, found: found) }
                    stored = try Ledger.appendInTransaction(db, events, recordedAt: recordedAt)
                    return .commit
                }
                return stored
            }
        }
    }

    @discardableResult
    public func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome] {
        try ingest(reports, recordedAt: recordedAt, hook: nil)
    }

    public func events(from seq: Int64, limit: Int) throws -> [StoredEvent] {
        try events(EventFilter(fromSeq: seq, limit: limit))
    }

    public func appendCopies(_ events: [StoredEvent], expecting: ChainHead) throws {
        try appendCopies(events, expecting: expecting, hook: nil)
    }

    /// ``appendCopies(_:expecting:)`` with a hook run in the same transaction (the read models of a
    /// copy are folded as the events arrive).
    public func appendCopies(_ events: [StoredEvent], expecting: ChainHead, hook: AppendHook?) throws {
        guard !events.isEmpty else { return }
        try Ledger.checkChain(events, after: expecting)
        try guarded {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try Ledger.insertCopies(db, events, expecting: expecting, checked: true)
                    try hook?(db, events)
                    return .commit
                }
            }
        }
    }

    /// Inserts copied events on a connection in a write transaction the caller holds (a PostgreSQL
    /// ledger's cache folds them inside the server's transaction): each is checked against the chain
    /// from `expecting` first, and `expecting` must be the head.
    /// - Parameter checked: the caller has run ``checkChain(_:after:)`` on them already.
    public static func insertCopies(_ db: Database, _ events: [StoredEvent], expecting: ChainHead, checked: Bool = false) throws {
        if !checked { try checkChain(events, after: expecting) }
        let found = try Ledger.head(db)
        if found != expecting { throw ChainConflict(expected: expecting, found: found) }
        let insert = try db.cachedStatement(
            sql: "INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)")
        for e in events {
            try insert.execute(arguments: [e.seq, e.type.rawValue, e.payload, e.recordedAt, e.prevHash, e.hash])
        }
    }

    /// Throws the first problem of `events` as a continuation of the chain at `head`.
    public static func checkChain(_ events: [StoredEvent], after head: ChainHead) throws {
        var walk = ChainWalk(from: head)
        for event in events {
            if let problem = walk.accept(event) { throw problem }
        }
    }

    public func verify(anchor: String?) throws -> VerifyResult {
        try verify(anchor: anchor, through: nil, progress: nil)
    }
}
