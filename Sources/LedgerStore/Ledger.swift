import Foundation
import GRDB
import LedgerCore
import Logging

/// One ledger: a SQLite file holding the append-only, hash-chained event log and the read models
/// folded from it.
///
/// `Ledger` owns the database connection, so it is a class. Writes are serialised by GRDB's writer
/// and, across processes, by `BEGIN IMMEDIATE` transactions with a busy timeout.
public final class Ledger: Sendable {
    /// How to open a ledger file.
    public enum OpenMode: Sendable {
        /// Create the file when it is missing, migrate an older one.
        case create
        /// The file must exist; migrate an older one.
        case existing
        /// The file must exist; open read-only and never migrate.
        case readOnly
    }

    public let path: String
    public let writer: any DatabaseWriter
    /// Checkpoints the WAL off the writer's thread (nil for read-only and in-memory ledgers).
    let checkpointer: WALCheckpointer?
    static let logger = Logger(label: "casualty-ledger.store")

    /// Opens (and, by default, creates or migrates) the ledger at `path`.
    public init(path: String, mode: OpenMode = .create, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
        if exists && isDir.boolValue { throw LedgerError.notADatabase(path: path, detail: "it is a directory") }
        if !exists && mode != .create { throw LedgerError.missing(path: path) }
        if exists, mode != .readOnly {
            // Permission bits are checked as well as access(2), so a file marked read-only stays
            // read-only even for root.
            let perms = (try? fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o644
            if !fm.isWritableFile(atPath: path) || perms & 0o222 == 0 {
                throw LedgerError.readOnly(path: path, detail: "the file is read-only (chmod u+w to append)")
            }
        }
        if !exists {
            let dir = (path as NSString).deletingLastPathComponent
            let folder = dir.isEmpty ? "." : dir
            if !fm.isWritableFile(atPath: folder) {
                throw LedgerError.readOnly(path: path, detail: "cannot create a file in \(folder)")
            }
        }
        if exists {
            try Ledger.checkHeader(path: path)
            try Ledger.checkTables(path: path, busyTimeout: busyTimeout)
        }

        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.readonly = mode == .readOnly
        config.label = "ledger"
        config.prepareDatabase { db in
            // Durability: a commit returns only once the WAL is on disk (see README, "What appended promises").
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // A batch of appends (about 2 MB for 256 reports) fits in the writer's page cache, so
                // that SQLite does not spill pages to the WAL before the commit and write them again.
                try db.execute(sql: "PRAGMA cache_size = -16384")
            }
        }
        do {
            if !exists && path != ":memory:" {
                try Ledger.createAtomically(path: path, configuration: config)
            }
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
            }
            try Ledger.migrate(writer, path: path, readOnly: mode == .readOnly)
            if path != ":memory:" && mode != .readOnly {
                var checkpointing = config
                checkpointing.label = "ledger.checkpoint"
                let checkpointer = WALCheckpointer(path: path, configuration: checkpointing)
                writer.writeWithoutTransaction { db in checkpointer.install(on: db) }
                self.checkpointer = checkpointer
            } else {
                checkpointer = nil
            }
        } catch let error as LedgerError {
            throw error
        } catch let error as DatabaseError {
            throw Ledger.translate(error, path: path)
        }
    }

    deinit {
        // The writer may outlive the ledger (it is public): give it SQLite's own checkpointing back
        // before the checkpointer its hook points to goes away.
        if let checkpointer {
            writer.unsafeReentrantWrite { db in WALCheckpointer.uninstall(from: db) }
            // A checkpoint still queued or running holds its connection open; a process that exits
            // then leaves the WAL beside the file (300 MB after a large ingest), and a copy of the
            // file alone misses the last commits. Closed here, the last connection to close (the
            // writer's) checkpoints and removes the WAL, as SQLite does.
            checkpointer.close()
        }
    }

    /// Folds the write-ahead log into the database file now (a PASSIVE checkpoint, after any the
    /// background checkpointer has queued), so that the work of every append so far is done.
    public func checkpoint() throws {
        try guarded {
            if let checkpointer {
                try checkpointer.checkpointNow()
            } else if path != ":memory:" {
                _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
            }
        }
    }

    /// Waits until the checkpoints the background checkpointer has queued so far have run, without
    /// running one itself: what a test of the background checkpointer waits for instead of a clock.
    public func waitForBackgroundCheckpoints() { checkpointer?.waitForQueued() }

    /// Creates a new ledger so that it appears whole or not at all: it is built and migrated under a
    /// temporary name beside `path`, closed, then hard-linked into place. A process killed while
    /// creating a ledger leaves no half-made file at `path` (which `ledger verify` would refuse), and
    /// when several processes create the same ledger at once, the first link wins and the others
    /// open it.
    static func createAtomically(path: String, configuration: Configuration) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = ((dir.isEmpty ? "." : dir) as NSString)
            .appendingPathComponent(".\(name).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temp + suffix) }
        }
        // One connection, so that closing it leaves everything in the main file: the WAL is
        // checkpointed and emptied before the file is linked into place.
        let queue = try DatabaseQueue(path: temp, configuration: configuration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try Ledger.migrate(queue, path: path, readOnly: false)
        _ = try queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try queue.close()
        if link(temp, path) == 0 || errno == EEXIST { return }
        // A file system without hard links: rename, unless another process has created it meanwhile.
        if FileManager.default.fileExists(atPath: path) { return }
        if rename(temp, path) != 0 {
            throw LedgerError.readOnly(path: path, detail: "cannot create the ledger: \(String(cString: strerror(errno)))")
        }
    }

    /// Refuses another program's SQLite database before it is opened for writing: opening it as a
    /// ledger (a WAL-mode pool) would already change its header. Looks with a read-only connection.
    static func checkTables(path: String, busyTimeout: TimeInterval) throws {
        let tables: [String]
        do {
            tables = try readOnlyLook(at: path, busyTimeout: busyTimeout, tableNames)
        } catch let error as DatabaseError {
            throw Ledger.translate(error, path: path)
        }
        if !tables.isEmpty && !(tables.contains("grdb_migrations") && tables.contains("events")) {
            throw LedgerError.notALedger(path: path)
        }
    }

    /// Reads a database file through a read-only connection, closed afterwards: a look that cannot
    /// change the file (a writable pool would switch it to WAL). It waits up to `busyTimeout` seconds
    /// for a writer that holds the file (another process checkpointing or creating it) instead of
    /// failing at once.
    static func readOnlyLook<T>(
        at path: String, busyTimeout: TimeInterval = 30, _ body: (Database) throws -> T
    ) throws -> T {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// The names of a database's tables.
    static func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    }

    /// Refuses files that are plainly not SQLite before SQLite touches them.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LedgerError.notADatabase(path: path, detail: "cannot be read")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        // SQLite would take a zero-byte file for a new database and make it a ledger: it is someone
        // else's file (or a placeholder), left as it is.
        if header.isEmpty { throw LedgerError.notADatabase(path: path, detail: "an empty file; remove it to create a ledger there") }
        if header.count < 16 || header != Data("SQLite format 3\0".utf8) {
            throw LedgerError.notADatabase(path: path, detail: "no SQLite header")
        }
    }

    static func migrate(_ writer: any DatabaseWriter, path: String, readOnly: Bool) throws {
        var migrator = DatabaseMigrator()
        for migration in try Schema.migrations() {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        try writer.read { db in
            let tables = try Ledger.tableNames(db)
            // Another program's database (GRDB's own migration table included) is not migrated into a ledger.
            if !tables.isEmpty && !(tables.contains("grdb_migrations") && tables.contains("events")) {
                throw LedgerError.notALedger(path: path)
            }
            if tables.contains("grdb_migrations") {
                let known = Set(migrator.migrations)
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let unknown = applied.filter { !known.contains($0) }.sorted()
                if !unknown.isEmpty { throw LedgerError.newerSchema(path: path, unknown: unknown) }
            }
        }
        if readOnly {
            let done = try writer.read { db in try migrator.hasCompletedMigrations(db) }
            if !done { throw LedgerError.readOnly(path: path, detail: "the ledger needs migrating; open it writable once") }
            return
        }
        // An up-to-date ledger is opened with reads only: no write transaction on every command.
        let current = try writer.read { db in
            try migrator.hasCompletedMigrations(db)
                && (try Bool.fetchOne(db, sql: "SELECT 1 FROM ledger_info WHERE key = 'created_at'") ?? false)
        }
        if current { return }
        try migrator.migrate(writer)
        try writer.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO ledger_info (key, value) VALUES ('created_at', ?), ('format', 'casualty-ledger/1')",
                arguments: [Timestamp.now()])
        }
    }

    /// Maps a SQLite error to a ledger error that names the file.
    static func translate(_ error: DatabaseError, path: String) -> LedgerError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notADatabase(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .readOnly(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        default:
            return .database(path: path, detail: error.message ?? "\(error)")
        }
    }

    /// Runs `body` and maps SQLite errors to ``LedgerError``.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Ledger.translate(error, path: path)
        }
    }

    /// The last event of the chain (``ChainHead/empty`` for a new ledger).
    public func head() throws -> ChainHead {
        try guarded {
            try writer.read { db in try Ledger.head(db) }
        }
    }

    public static func head(_ db: Database) throws -> ChainHead {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1") {
            return ChainHead(seq: row[0], hash: row[1])
        }
        return .empty
    }

    /// The number of events in the log.
    public func eventCount() throws -> Int64 { try head().seq }

    /// The migrations applied to this ledger, in order.
    public func appliedMigrations() throws -> [String] {
        try guarded { try writer.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") } }
    }
}
