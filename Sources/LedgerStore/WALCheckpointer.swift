import Foundation
import GRDB
import GRDBSQLite
import Logging

/// Folds the write-ahead log into the database file on a background connection, instead of on the
/// appending thread right after its commit.
///
/// SQLite's default (`wal_autocheckpoint`) runs a PASSIVE checkpoint inside the commit that takes the
/// WAL past 1,000 pages. On the append path that was a quarter to a third of the time: copying every
/// page into the database file and syncing it, while the next batch waits. Here the policy is the
/// same — a PASSIVE checkpoint once the WAL holds ``threshold`` pages, seen by the same hook SQLite
/// uses (`sqlite3_wal_hook`) — but it runs on a serial queue with its own connection, so on a machine
/// with a second core the next append proceeds meanwhile.
///
/// Nothing about durability changes: each commit is on disk in the WAL when it returns
/// (synchronous = FULL), whoever checkpoints later. A PASSIVE checkpoint never blocks the writer or
/// readers, and a crash during one is recovered by SQLite like any other. The WAL is also
/// checkpointed when the last connection to the file closes, as before.
final class WALCheckpointer: @unchecked Sendable {
    /// SQLite's default autocheckpoint size, in pages.
    static let threshold: Int32 = 1000
    /// WAL size, in pages (about 250 MB of 4 KB pages), past which the writer checkpoints on its own
    /// thread (see `walDidCommit`). Well above a batch's commit: at a million events one batch of
    /// 1,024 reports writes some 30,000 pages, and a limit of 8,000 made the writer copy and sync
    /// every batch itself, the background connection idle (300 k events: 857 reports/s, 1,112 with
    /// this limit; see BENCHMARKS.md).
    static let defaultWriterLimit: Int32 = 64 * threshold

    private let path: String
    private let configuration: Configuration
    private let queue = DispatchQueue(label: "casualty-ledger.checkpoint")
    private let lock = NSLock()
    /// A checkpoint is queued and has not started (guarded by `lock`).
    private var scheduled = false
    /// The checkpointing connection, opened on first use (used on `queue` only).
    private var connection: DatabaseQueue?
    /// WAL size past which the writer checkpoints itself (guarded by `lock`; tests lower it).
    private var limit = WALCheckpointer.defaultWriterLimit
    var writerLimit: Int32 {
        get { lock.withLock { limit } }
        set { lock.withLock { limit = newValue } }
    }

    init(path: String, configuration: Configuration) {
        self.path = path
        self.configuration = configuration
    }

    /// Installs the hook on the writer's connection: from now on its commits schedule checkpoints
    /// here instead of running them. `self` must outlive the hook (see ``uninstall(from:)``).
    func install(on db: Database) {
        guard let connection = db.sqliteConnection else { return }
        sqlite3_wal_hook(connection, { context, db, _, pages in
            Unmanaged<WALCheckpointer>.fromOpaque(context!).takeUnretainedValue().walDidCommit(db, pages: pages)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Gives the connection SQLite's own autocheckpoint back.
    static func uninstall(from db: Database) {
        // A closed connection (`DatabasePool.close()`) has no handle and no hook left.
        guard let connection = db.sqliteConnection else { return }
        sqlite3_wal_autocheckpoint(connection, threshold)
    }

    /// Called by SQLite on the writer's thread after each commit, with the WAL's size in pages.
    private func walDidCommit(_ writer: OpaquePointer?, pages: Int32) {
        guard pages >= Self.threshold else { return }
        if pages >= writerLimit, let writer {
            // A busy writer outruns the background checkpoints: each one backfills the frames committed
            // before it started while new ones arrive, so the WAL is never wholly backfilled and never
            // restarts (a million-event ingest grew it to 16 GB). Past this size the writer checkpoints
            // itself between transactions, as SQLite's autocheckpoint does; its next transaction then
            // writes the WAL from the start again. It first waits for the background checkpoint in
            // flight (which has backfilled most of the WAL by now): while that one runs, SQLite
            // refuses a second (SQLITE_BUSY) and the WAL would grow on. The background connection
            // never waits for the writer, so this wait cannot deadlock.
            queue.sync {}
            sqlite3_wal_checkpoint_v2(writer, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            return
        }
        let schedule = lock.withLock {
            defer { scheduled = true }
            return !scheduled
        }
        guard schedule else { return }
        queue.async { [self] in
            // Cleared before running, so that a commit during this checkpoint can queue the next one.
            lock.withLock { scheduled = false }
            do {
                try checkpoint()
            } catch {
                // As with SQLite's autocheckpoint, a checkpoint that cannot run now (another process
                // is checkpointing) is left to the next one.
                Ledger.logger.debug("background checkpoint of \(path) did not run: \(error)")
            }
        }
    }

    /// Waits for the checkpoints queued so far, without running one.
    func waitForQueued() { queue.sync {} }

    /// Waits for the checkpoints queued so far, then closes the checkpointing connection (a
    /// checkpoint queued later opens it again).
    func close() {
        queue.sync {
            try? connection?.close()
            connection = nil
        }
    }

    /// Runs a checkpoint now, after any queued one, and waits for it.
    func checkpointNow() throws {
        try queue.sync { try checkpoint() }
    }

    /// A PASSIVE checkpoint on the checkpointing connection (on `queue`).
    private func checkpoint() throws {
        if connection == nil { connection = try DatabaseQueue(path: path, configuration: configuration) }
        _ = try connection?.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }
}
