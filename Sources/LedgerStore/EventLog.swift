import LedgerCore

/// What an event log does, whichever engine holds it: the SQLite ``Ledger`` or a PostgreSQL server
/// (`LedgerPostgres`).
///
/// Every engine stores the same rows (sequence number, type, canonical payload bytes, recorded time,
/// previous hash, hash) and so the same chain: an event appended to either has the same hash. Appends
/// are one transaction per batch, serialised by the engine's own lock, chained to the head read under
/// that lock; a caller that names the head it expects (`expecting:`) gets ``ChainConflict`` instead of
/// an append after events it has not seen.
public protocol EventLog: AnyObject, Sendable {
    /// The ledger's location as people write it (a file path, or a URL without its password).
    var location: String { get }

    /// The last event of the chain (``ChainHead/empty`` for a new log).
    func head() throws -> ChainHead

    /// Appends `events`, all recorded at `recordedAt`, in one transaction.
    /// - Parameter expecting: the head the caller last saw; nil appends after whatever is there.
    /// - Throws: ``ChainConflict`` when the head is not `expecting`.
    @discardableResult
    func append(_ events: [PendingEvent], recordedAt: String, expecting: ChainHead?) throws -> [StoredEvent]

    /// Appends reports and their claims in one transaction; a report whose content hash is already in
    /// the log (or earlier in the batch) adds nothing.
    @discardableResult
    func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome]

    /// Up to `limit` events from sequence number `seq` on, in append order.
    func events(from seq: Int64, limit: Int) throws -> [StoredEvent]

    /// Appends events copied from another log as they are (their recorded times and hashes kept), in
    /// one transaction. They must continue the chain at `expecting`: each one's sequence number and
    /// previous hash follow the one before, and its hash is recomputed and compared.
    /// - Throws: ``ChainConflict`` when the head is not `expecting`; ``CopyProblem`` when an event
    ///   does not continue the chain.
    func appendCopies(_ events: [StoredEvent], expecting: ChainHead) throws

    /// Re-walks the whole chain (``Ledger/verify(anchor:through:progress:)``).
    func verify(anchor: String?) throws -> VerifyResult
}

extension EventLog {
    /// The number of events in the log.
    public func count() throws -> Int64 { try head().seq }

    /// Calls `body` with the events from `seq` on, a page at a time, in append order, until it
    /// returns false.
    public func forEachPage(from seq: Int64 = 1, pageSize: Int = 2_000, _ body: ([StoredEvent]) throws -> Bool) throws {
        var next = seq
        while true {
            let page = try events(from: next, limit: pageSize)
            if page.isEmpty { return }
            if try !body(page) { return }
            next = page[page.count - 1].seq + 1
            if page.count < pageSize { return }
        }
    }
}

/// An append refused because the log's head was not the one the writer expected: another writer
/// appended first. Read the new head and try again.
public struct ChainConflict: Error, Equatable, Sendable, CustomStringConvertible {
    /// The head the writer expected.
    public var expected: ChainHead
    /// The head the log had.
    public var found: ChainHead

    /// A conflict between the head expected and the head found.
    public init(expected: ChainHead, found: ChainHead) {
        self.expected = expected
        self.found = found
    }

    public var description: String {
        "the log moved: expected head #\(expected.seq) \(expected.hash.prefix(16))…, found #\(found.seq) \(found.hash.prefix(16))…"
    }
}

/// An event offered to ``EventLog/appendCopies(_:expecting:)`` that does not continue the chain.
public struct CopyProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The event's sequence number.
    public var seq: Int64
    /// Why it does not continue the chain.
    public var reason: String

    /// A refused copy of event `seq`.
    public init(seq: Int64, reason: String) {
        self.seq = seq
        self.reason = reason
    }

    public var description: String { "event \(seq) cannot be copied: \(reason)" }
}
