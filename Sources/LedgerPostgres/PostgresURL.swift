import Foundation

/// Where a PostgreSQL ledger is: `postgres://user[:password]@host[:port]/database` (or
/// `postgresql://`), as `--db` or `LEDGER_DB` give it.
public struct PostgresURL: Hashable, Sendable, CustomStringConvertible {
    /// The role to connect as (default `postgres`).
    public var user: String
    /// Its password, if the server asks for one (never printed).
    public var password: String?
    /// The server's host name or address.
    public var host: String
    /// The server's port (default 5432).
    public var port: Int
    /// The database that holds the ledger (default: the user's name).
    public var database: String

    /// Whether `text` names a PostgreSQL ledger rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL; nil when `text` is not a `postgres://` URL with a host.
    public init?(_ text: String) {
        guard Self.isPostgres(text), let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            return nil
        }
        self.host = host
        port = parts.port ?? 5432
        user = parts.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = parts.password.flatMap { $0.removingPercentEncoding }
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
    }

    /// The URL without its password: what messages and cache names show.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
