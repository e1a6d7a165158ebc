import GRDB
import LedgerProjections
import LedgerStore

/// A ledger file and the operations on it: ingest reports, query the reconciled read models, explain a
/// figure, diff two points in time, export, verify the hash chain.
///
/// A session is a value: it names the file and how to open it, and each operation opens the ledger
/// as it needs it (read-only when the read models are current, so queries work on a file that cannot
/// be written). Errors of the file itself are `LedgerError`s; the others are ``LedgerKitError``s.
///
/// ```swift
/// let session = try LedgerSession.open(path: "ledger.sqlite")
/// let summary = try session.ingest(files: ["reports/"])
/// for total in try session.totals() { print(total.period, total.measure, total.best) }
/// ```
public struct LedgerSession: Sendable {
    /// The ledger file (SQLite), or the URL of a ledger on a server (``RemoteLedgerEngine``).
    public var path: String
    /// Seconds to wait for another process's write lock.
    public var busyTimeout: Double
    /// Receives one line for people when an operation does something on its own (read models that
    /// were behind the log, rebuilt). The `ledger` tool prints it on standard error.
    public var notice: @Sendable (String) -> Void

    /// A session on the ledger at `path`; nothing is opened until an operation needs it.
    public init(path: String, busyTimeout: Double = 30, notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.path = path
        self.busyTimeout = busyTimeout
        self.notice = notice
    }

    /// Opens the ledger at `path` (creating it when `create` and it is missing, migrating an older
    /// one) and returns a session on it.
    /// A ledger on a server (a URL whose engine is registered) gets its tables made or migrated when `create`.
    public static func open(path: String, create: Bool = true, busyTimeout: Double = 30) throws -> LedgerSession {
        let session = LedgerSession(path: path, busyTimeout: busyTimeout)
        if create, session.isRemote { _ = try session.eventLog(create: true) }
        _ = try session.ledger(create ? .create : .existing)
        return session
    }

    /// The ledger itself, opened in `mode`.
    /// For a ledger on a server (a `postgres://` path), its local read-model cache, caught up first
    /// (``RemoteLedgerEngine/readModels(for:)``).
    /// - Throws: ``EngineNotRegistered`` for a URL whose engine was not registered.
    public func ledger(_ mode: Ledger.OpenMode = .existing) throws -> Ledger {
        if let engine = try remoteEngine() { return try engine.readModels(for: self) }
        return try Ledger(path: path, mode: mode, busyTimeout: busyTimeout)
    }

    /// Opens the existing ledger with its read models up to date with the log and no check left pending.
    ///
    /// A ledger whose read models are current is opened read-only. Otherwise it is opened for writing
    /// and brought up to date first (a ledger written before the read models existed, or by a program
    /// without the projector, is rebuilt once, with a ``notice``; tally checks an append left pending
    /// are settled).
    /// - Parameter forWriting: open it writable in any case (for operations that append).
    public func current(forWriting: Bool = false) throws -> Ledger {
        if !forWriting, let ledger = try? ledger(.readOnly), try Self.isCurrent(ledger) {
            return ledger
        }
        let ledger = try ledger(.existing)
        let head = try ledger.head().seq
        let folded = try ledger.writer.read { try ReadModelStore($0).lastSeq() }
        if folded != head {
            notice("read models are behind the log (\(folded) of \(head) events); rebuilding them")
            try ledger.writer.write { db in _ = try Projector.rebuild(db) }
        }
        // Checks an append left for the next query (tally against incidents).
        if try ledger.writer.read(Projector.hasPendingChecks) {
            try ledger.writer.write { db in _ = try Projector.settle(db) }
        }
        return ledger
    }

    /// Whether the read models have folded every event and have no check pending.
    public static func isCurrent(_ ledger: Ledger) throws -> Bool {
        let head = try ledger.head().seq
        return try ledger.writer.read { db in
            try ReadModelStore(db).lastSeq() == head && !(try Projector.hasPendingChecks(db))
        }
    }

    /// Re-walks the hash chain (every event's hash from its predecessor's) and says whether the log is
    /// intact; with `anchor` (a head hash written down earlier, 8+ hex digits), also that the chain
    /// still contains it.
    /// - Parameters:
    ///   - anchor: a head hash written down earlier (nil: none to check).
    ///   - progress: called with (events checked, events in all) as the walk goes.
    public func verify(anchor: String? = nil, progress: ((Int64, Int64) -> Void)? = nil) throws -> VerifyResult {
        // A server ledger's chain is walked on the server, not in the cache's copy.
        if isRemote { return try eventLog(create: false).verify(anchor: anchor) }
        return try ledger(.readOnly).verify(anchor: anchor, progress: progress)
    }
}
