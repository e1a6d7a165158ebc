import GRDB
import LedgerCore
import LedgerKit
import LedgerPostgres
import LedgerProjections
import LedgerStore

/// The PostgreSQL engine of ``LedgerSession``: a session whose path is a `postgres://` (or
/// `postgresql://`) URL keeps its event log on the server (`PostgresLedger`) and its read models in a
/// local cache (``ReadModelCache``); appends go through ``ServerWriter``, which writes the read-model
/// rows they change to the server in the append's transaction.
///
/// Register it once, before the first session on a `postgres://` URL:
///
/// ```swift
/// import LedgerKitPostgres
///
/// LedgerSession.register(engine: PostgresEngine())
/// let session = try LedgerSession.open(path: "postgres://analyst@db.example:5432/ledger")
/// let summary = try session.ingest(files: ["reports/a.txt"])
/// ```
public struct PostgresEngine: RemoteLedgerEngine {
    /// The engine; it holds nothing (each session connects as it needs).
    public init() {}

    /// `postgres` and `postgresql`.
    public var schemes: [String] { ["postgres", "postgresql"] }

    /// The ledger on the server; with `create`, its tables are created or migrated.
    public func eventLog(for session: LedgerSession, create: Bool) throws -> any EventLog {
        try server(session, migrate: create)
    }

    /// The session's read-model cache, caught up with the server's log.
    public func readModels(for session: LedgerSession) throws -> Ledger {
        let server = try server(session, migrate: false)
        return try ReadModelCache(url: server.url).catchUp(from: server, notice: session.notice).ledger
    }

    /// One server transaction per batch, which folds the batch into the local read-model cache and
    /// writes the rows it changed to the server's read models (the tables migrated first).
    public func ingestWriter(for session: LedgerSession) throws -> any RemoteBatchWriter {
        let server = try server(session, migrate: true)
        let cache = ReadModelCache(url: server.url)
        let notice = session.notice
        let ledger = try cache.catchUp(from: server, notice: notice).ledger
        return ServerBatchWriter(writer: ServerWriter(server: server, cache: ledger)) {
            _ = try cache.catchUp(from: server, notice: notice)
        }
    }

    /// Appends through a ``ServerWriter`` on the caught-up cache, refused when the head moved.
    public func append(_ events: [PendingEvent], for session: LedgerSession, expecting head: ChainHead) throws -> [StoredEvent] {
        let server = try server(session, migrate: false)
        let cache = try ReadModelCache(url: server.url).catchUp(from: server, notice: session.notice).ledger
        return try ServerWriter(server: server, cache: cache).append(events, recordedAt: Timestamp.now(), expecting: head)
    }

    /// Writes the server's read models whole from the cache, in one server transaction.
    public func writeReadModels(
        for session: LedgerSession, rebuild: Bool, history: Bool, progress: @escaping (Int64) -> Void
    ) throws -> Int64 {
        let server = try server(session, migrate: false)
        let cache = try ReadModelCache(url: server.url).catchUp(from: server, notice: session.notice).ledger
        let refold: ((Database) throws -> Int64)? = rebuild
            ? { db in history ? try Projector.rebuildHistory(db, progress: progress) : try Projector.rebuild(db) }
            : nil
        return try ServerWriter(server: server, cache: cache).writeWhole(refold: refold).folded
    }

    /// The PostgreSQL ledger the session's path names.
    func server(_ session: LedgerSession, migrate: Bool) throws -> PostgresLedger {
        try PostgresLedger(session.path, migrate: migrate)
    }
}

/// An ingest's batches through a ``ServerWriter``; `catchUp` folds other writers' events into its cache.
struct ServerBatchWriter: RemoteBatchWriter {
    var writer: ServerWriter
    var refresh: () throws -> Void

    var cache: Ledger { writer.cache }

    func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome] {
        try writer.ingest(reports, recordedAt: recordedAt)
    }

    func append(_ events: [PendingEvent], recordedAt: String) throws -> [StoredEvent] {
        try writer.append(events, recordedAt: recordedAt, expecting: nil)
    }

    func catchUp() throws { try refresh() }
}
