import Foundation
import GRDB
import LedgerCore
import LedgerPostgres
import LedgerProjections
import LedgerStore

/// A session whose path is a `postgres://` URL works on a PostgreSQL ledger: appends go to the
/// server's log with the read-model rows they change (``ServerWriter``), and the queries read a local
/// read-model cache caught up from the log (``ReadModelCache``).
extension LedgerSession {
    /// Whether the session's ledger is on a PostgreSQL server (its path is a `postgres://` URL).
    public var isPostgres: Bool { PostgresURL.isPostgres(path) }

    /// The event log itself, on either engine (a SQLite file is created when `create` and missing; a
    /// PostgreSQL ledger's tables are created or migrated when `create`).
    public func eventLog(create: Bool = false) throws -> any EventLog {
        if isPostgres { return try server(migrate: create) }
        return try ledger(create ? .create : .existing)
    }

    /// The PostgreSQL ledger the path names.
    func server(migrate: Bool = true) throws -> PostgresLedger {
        try PostgresLedger(path, migrate: migrate)
    }

    /// Walks the server's chain (not the cache's copy).
    func serverVerify(anchor: String?) throws -> VerifyResult {
        try server(migrate: false).verify(anchor: anchor)
    }

    /// Appends a person's events (a correction, a link, a withdrawal) to a PostgreSQL ledger, after
    /// the caller checked them against the read-model cache at `head`: refused with ``ChainConflict``
    /// when another writer appended since (check again and retry). The cache folds them and the
    /// server's read models get the rows they changed, in the append's transaction.
    public func appendToServer(_ events: [PendingEvent], expecting head: ChainHead) throws -> [StoredEvent] {
        let server = try server(migrate: false)
        let cache = try ReadModelCache(url: server.url).catchUp(from: server, notice: notice).ledger
        return try ServerWriter(server: server, cache: cache).append(events, recordedAt: Timestamp.now(), expecting: head)
    }

    /// Writes the server's read models whole from the local cache (caught up first), in one server
    /// transaction; `rebuild` refolds the cache from its log first (`ledger rebuild`; `history`:
    /// with the as-of history, one projection per recorded time).
    /// - Returns: the events folded by the rebuild (0 without one).
    @discardableResult
    public func writeServerReadModels(rebuild: Bool = false, history: Bool = false, progress: @escaping (Int64) -> Void = { _ in }) throws -> Int64 {
        let server = try server(migrate: false)
        let cache = try ReadModelCache(url: server.url).catchUp(from: server, notice: notice).ledger
        let refold: ((Database) throws -> Int64)? = rebuild
            ? { db in history ? try Projector.rebuildHistory(db, progress: progress) : try Projector.rebuild(db) }
            : nil
        return try ServerWriter(server: server, cache: cache).writeWhole(refold: refold).folded
    }

    /// A PostgreSQL ledger's read-model cache, caught up with the server's log.
    func cachedLedger() throws -> Ledger {
        let server = try server(migrate: false)
        let cache = ReadModelCache(url: server.url)
        let notice = self.notice
        return try cache.catchUp(from: server, notice: notice).ledger
    }
}

/// Where an ``Ingestor`` appends when the ledger is on a server (its ledger is then the local cache).
struct ServerLog {
    var writer: ServerWriter
    var catchUp: () throws -> Void
}

extension LedgerSession {
    /// ``ingest(files:options:observer:)`` into a PostgreSQL ledger: one server transaction per batch,
    /// which folds the batch into the local read-model cache and writes the rows it changed to the
    /// server's read models (``ServerWriter``).
    func ingestIntoServer(files: [String], options: IngestOptions, observer: (IngestNote) -> Void) throws -> IngestSummary {
        let server = try server(migrate: true)
        let cache = ReadModelCache(url: server.url)
        let notice = self.notice
        let ledger = try cache.catchUp(from: server, notice: notice).ledger
        return try withoutActuallyEscaping(observer) { observer in
            var ingestor = Ingestor(ledger: ledger, options: options, observer: observer)
            ingestor.server = ServerLog(writer: ServerWriter(server: server, cache: ledger), catchUp: { _ = try cache.catchUp(from: server, notice: notice) })
            return try ingestor.run(files)
        }
    }
}
