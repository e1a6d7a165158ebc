import GRDB
import LedgerCore
import LedgerPostgres
import LedgerProjections
import LedgerStore

/// Appends to a PostgreSQL ledger with its read models: one server transaction per batch that holds
/// the append lock, inserts the events, folds them into the local cache and writes the read-model
/// rows they changed to the server's mirror (``ServerMirror``), then commits.
///
/// The cache's SQLite write transaction encloses the server's: it commits only after the server's
/// COMMIT succeeded, and rolls back when anything before or at it throws, so the cache never holds
/// events the server does not. Events another writer appended meanwhile are folded into the cache
/// first, under the lock, and not written to the mirror again (their writer did); a mirror found
/// behind the log (written by a program without it, or just migrated) is written whole.
public struct ServerWriter {
    /// The ledger on the server.
    public let server: PostgresLedger
    /// The local read-model cache, caught up with the server before the first batch.
    public let cache: Ledger

    /// A writer of `server` whose read models are folded in `cache` (``ReadModelCache/catchUp(from:notice:)``).
    public init(server: PostgresLedger, cache: Ledger) {
        self.server = server
        self.cache = cache
    }

    /// Appends `events` (a person's correction, link, withdrawal; republication marks).
    @discardableResult
    public func append(_ events: [PendingEvent], recordedAt: String, expecting: ChainHead?) throws -> [StoredEvent] {
        try inCacheTransaction { db in
            try server.append(events, recordedAt: recordedAt, expecting: expecting) { tx, stored in
                try fold(db, tx, stored)
            }
        }
    }

    /// Ingests a batch of reports (those present already are skipped, as by ``EventLog/ingest(_:recordedAt:)``).
    @discardableResult
    public func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome] {
        try inCacheTransaction { db in
            try server.ingest(reports, recordedAt: recordedAt) { tx, stored in
                try fold(db, tx, stored)
            }
        }
    }

    /// Writes the whole mirror from the cache, in one server transaction under the append lock, the
    /// cache caught up first; `refold` runs on the cache before (a rebuild).
    /// - Returns: what `refold` returned (0 without one) and the rows written.
    func writeWhole(refold: ((Database) throws -> Int64)? = nil) throws -> (folded: Int64, rows: Int) {
        try inCacheTransaction { db in
            try server.locked { tx in
                try catchUp(db, to: tx)
                let folded = try refold?(db) ?? 0
                _ = try Projector.settle(db)
                return (folded, try ServerMirror.writeAll(db, to: tx))
            }
        }
    }

    /// Runs `body` in one immediate SQLite transaction of the cache: committed when it returns.
    private func inCacheTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try cache.writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Inside the server's transaction: folds what others appended meanwhile (not mirrored), then
    /// `stored` with the capture on, settles the checks, and writes the changed rows.
    private func fold(_ db: Database, _ tx: ServerTransaction, _ stored: [StoredEvent]) throws {
        try catchUp(db, to: tx)
        _ = try Projector.settle(db)
        guard !stored.isEmpty else { return }
        try ServerMirror.startCapture(db)
        try Ledger.insertCopies(db, stored, expecting: tx.head)
        try Projector.hook(db, stored)
        _ = try Projector.settle(db)
        if try ServerMirror.mirroredSeq(tx) == tx.head.seq {
            try ServerMirror.writeChanges(db, to: tx)
        } else {
            try ServerMirror.writeAll(db, to: tx)
        }
    }

    /// Folds into the cache the events of the server's log up to the transaction's head that it lacks.
    private func catchUp(_ db: Database, to tx: ServerTransaction) throws {
        var head = try Ledger.head(db)
        if head.seq > tx.head.seq {
            throw LedgerError.database(
                path: cache.path, detail: "the read-model cache holds \(head.seq) events, the server \(tx.head.seq); remove the cache file")
        }
        while head.seq < tx.head.seq {
            let page = try tx.events(from: head.seq + 1, limit: min(5_000, Int(tx.head.seq - head.seq)))
            guard let last = page.last else { break }
            try Ledger.insertCopies(db, page, expecting: head)
            try Projector.hook(db, page)
            head = ChainHead(seq: last.seq, hash: last.hash)
        }
    }
}
