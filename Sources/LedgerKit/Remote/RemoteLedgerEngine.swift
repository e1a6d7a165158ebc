import LedgerStore

/// An engine that keeps a ledger's event log on a server rather than in a local SQLite file, for
/// sessions whose path is a URL with one of its ``schemes`` (`postgres://…`).
///
/// LedgerKit itself opens only SQLite files; a program that wants a ledger on a server adds the
/// product that holds the engine and registers it once, at start-up, with
/// ``LedgerSession/register(engine:)``. For PostgreSQL that is the `LedgerKitPostgres` product:
///
/// ```swift
/// import LedgerKit
/// import LedgerKitPostgres
///
/// LedgerSession.register(engine: PostgresEngine())
/// let session = try LedgerSession.open(path: "postgres://analyst@db.example:5432/ledger")
/// ```
///
/// The server holds the event log; the read models a session queries are folded in a local SQLite
/// ledger (a cache of the server's log) that the engine catches up before handing it out, so every
/// query of ``LedgerSession`` runs on it unchanged.
public protocol RemoteLedgerEngine: Sendable {
    /// The URL schemes whose ledgers this engine opens, lowercased and without `://` (`postgres`).
    var schemes: [String] { get }

    /// The event log `session.path` names; with `create`, its tables are created or migrated first.
    func eventLog(for session: LedgerSession, create: Bool) throws -> any EventLog

    /// The local SQLite ledger holding a copy of the server's log and the read models folded from
    /// it, caught up with the server first.
    func readModels(for session: LedgerSession) throws -> Ledger

    /// What an ingest into `session`'s ledger appends through (its tables created or migrated first).
    func ingestWriter(for session: LedgerSession) throws -> any RemoteBatchWriter

    /// Appends a person's events (a correction, a link, a withdrawal) that the caller checked against
    /// the read models at `head`; refused with `ChainConflict` when another writer appended since.
    func append(_ events: [PendingEvent], for session: LedgerSession, expecting head: ChainHead) throws -> [StoredEvent]

    /// Writes the server's read models whole from the local ones (caught up first); `rebuild`
    /// refolds the local ones from their log first (`history`: with the as-of history).
    /// - Returns: the events folded by the rebuild (0 without one).
    func writeReadModels(
        for session: LedgerSession, rebuild: Bool, history: Bool, progress: @escaping (Int64) -> Void
    ) throws -> Int64
}

/// Where ``LedgerSession/ingest(files:options:observer:)`` appends when the ledger is on a server:
/// each batch goes to the server and is folded into ``cache``, the local read models.
public protocol RemoteBatchWriter {
    /// The local SQLite ledger the batches are folded into (caught up with the server).
    var cache: Ledger { get }

    /// Appends a batch of reports (those the log holds already are skipped).
    func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome]

    /// Appends events after whatever the log holds (republication marks).
    func append(_ events: [PendingEvent], recordedAt: String) throws -> [StoredEvent]

    /// Folds into ``cache`` the events other writers appended since the last batch.
    func catchUp() throws
}
