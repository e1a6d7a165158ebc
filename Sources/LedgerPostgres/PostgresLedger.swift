import Foundation
import LedgerCore
import LedgerSchema
import LedgerStore
import Logging
import PostgresNIO

/// One ledger on a PostgreSQL server: the same hash-chained event log as a SQLite ``Ledger`` file,
/// in the server's `events` table (schema/postgres/).
///
/// It owns one connection, so it is a class; its operations are serialised on it (one at a time per
/// value), and each blocks until the server has answered. Several processes (or several values)
/// append to one ledger at once: each batch is one transaction that takes a transaction-scoped
/// advisory lock, reads the head under it and chains the batch to it.
public final class PostgresLedger: EventLog, @unchecked Sendable {
    // @unchecked: `connection` is used only under `lock`.
    public let url: PostgresURL
    let connection: PostgresConnection
    let logger: Logger
    private let lock = NSLock()

    /// The advisory lock every writer of a ledger takes for its append transaction.
    static let appendLock: Int64 = 0x4C45_4447_4552_0001

    public var location: String { url.description }

    /// Connects, and (unless `migrate` is false) creates the tables or applies newer migrations.
    public convenience init(url: PostgresURL, migrate: Bool = true) throws {
        try self.init(url: url, connectOnly: true)
        if migrate { try PostgresMigrator(self).migrate() } else { try PostgresMigrator(self).requireCurrent() }
    }

    /// Connects and does nothing else (a server's administration database).
    init(url: PostgresURL, connectOnly: Bool) throws {
        self.url = url
        var logger = Logger(label: "casualty-ledger.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let config = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.next(), configuration: config, id: 1, logger: logger
            ).wait()
        } catch {
            throw Self.translate(error, url: url, doing: "cannot connect")
        }
    }

    /// Connects to the ledger `text` names (a `postgres://` URL).
    public convenience init(_ text: String, migrate: Bool = true) throws {
        guard let url = PostgresURL(text) else {
            throw LedgerError.database(path: text, detail: "not a PostgreSQL URL (postgres://user@host:port/database)")
        }
        try self.init(url: url, migrate: migrate)
    }

    deinit { try? connection.close().wait() }

    /// Runs one statement and returns its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw Self.translate(error, url: url, doing: "")
        }
    }

    /// Runs `body` alone on the connection (operations of one value never interleave).
    func exclusive<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try exclusive {
            try run("BEGIN")
            do {
                let result = try body()
                try run("COMMIT")
                return result
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    public func head() throws -> ChainHead {
        try exclusive { try headNow() }
    }

    /// The head, on the connection the caller holds.
    func headNow() throws -> ChainHead {
        let rows = try run("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
        guard let row = rows.first else { return .empty }
        do {
            let (seq, hash) = try row.decode((Int64, String).self)
            return ChainHead(seq: seq, hash: hash)
        } catch {
            throw Self.translate(error, url: url, doing: "reading the head")
        }
    }

    public func verify(anchor: String?) throws -> VerifyResult {
        try ChainWalk.verify(self, anchor: anchor)
    }

    /// A server error as a ``LedgerError`` naming the ledger (without its password).
    static func translate(_ error: any Error, url: PostgresURL, doing: String) -> any Error {
        if error is LedgerError || error is ChainConflict || error is CopyProblem { return error }
        let prefix = doing.isEmpty ? "" : doing + ": "
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState] ?? ""
                if state == "42501" { return LedgerError.readOnly(path: url.description, detail: message) }
                return LedgerError.database(path: url.description, detail: "\(prefix)\(message) (SQLSTATE \(state))")
            }
            let cause = error.underlying.map { ": \($0)" } ?? ""
            return LedgerError.database(path: url.description, detail: "\(prefix)\(error.code)\(cause)")
        }
        return LedgerError.database(path: url.description, detail: "\(prefix)\(String(reflecting: error))")
    }
}
