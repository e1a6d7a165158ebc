import Foundation
import LedgerProjections
import LedgerStore

/// A session whose path is a URL (`postgres://…`) works on a ledger on a server, through the engine
/// registered for the URL's scheme (``RemoteLedgerEngine``): appends go to the server's log with the
/// read-model rows they change, and the queries read a local read-model cache caught up from the log.
extension LedgerSession {
    /// The event log itself, on either engine (a SQLite file is created when `create` and missing; a
    /// server ledger's tables are created or migrated when `create`).
    public func eventLog(create: Bool = false) throws -> any EventLog {
        if let engine = try remoteEngine() { return try engine.eventLog(for: self, create: create) }
        return try ledger(create ? .create : .existing)
    }

    /// Appends a person's events (a correction, a link, a withdrawal) to a ledger on a server, after
    /// the caller checked them against the read-model cache at `head`: refused with ``ChainConflict``
    /// when another writer appended since (check again and retry). The cache folds them and the
    /// server's read models get the rows they changed, in the append's transaction.
    public func appendToServer(_ events: [PendingEvent], expecting head: ChainHead) throws -> [StoredEvent] {
        try requireRemoteEngine().append(events, for: self, expecting: head)
    }

    /// Appends events the caller checked against `opened` (``current(forWriting:)``): to the server's
    /// log when the session is on a server (refused with ``ChainConflict`` when another writer appended
    /// since), else to the ledger with its read models, in one transaction.
    public func append(_ events: [PendingEvent], checkedIn opened: Ledger) throws -> [StoredEvent] {
        isPostgres ? try appendToServer(events, expecting: opened.head()) : try opened.append(events, hook: Projector.hook)
    }

    /// Writes the server's read models whole from the local cache (caught up first), in one server
    /// transaction; `rebuild` refolds the cache from its log first (`ledger rebuild`; `history`:
    /// with the as-of history, one projection per recorded time).
    /// - Returns: the events folded by the rebuild (0 without one).
    @discardableResult
    public func writeServerReadModels(rebuild: Bool = false, history: Bool = false, progress: @escaping (Int64) -> Void = { _ in }) throws -> Int64 {
        try requireRemoteEngine().writeReadModels(for: self, rebuild: rebuild, history: history, progress: progress)
    }

    /// ``ingest(files:options:observer:)`` into a ledger on a server: each batch goes through the
    /// engine's writer, which folds it into the local read-model cache in the server's transaction.
    func ingestIntoServer(_ engine: any RemoteLedgerEngine, files: [String], options: IngestOptions, observer: (IngestNote) -> Void) throws -> IngestSummary {
        let writer = try engine.ingestWriter(for: self)
        return try withoutActuallyEscaping(observer) { observer in
            var ingestor = Ingestor(ledger: writer.cache, options: options, observer: observer)
            ingestor.remote = writer
            return try ingestor.run(files)
        }
    }
}
