import Foundation
import LedgerPostgres

/// A scratch database on the server `LEDGER_TEST_PG` names (tools/pg-cluster.sh starts one), dropped
/// when the value is released. Without `LEDGER_TEST_PG` the PostgreSQL tests skip, saying so: they
/// never fake a server.
public final class PostgresTestDatabase: @unchecked Sendable {
    // @unchecked: both properties are immutable after init.
    public let url: PostgresURL
    let admin: PostgresURL

    /// The server's URL, from `LEDGER_TEST_PG` (nil when unset).
    public static var adminURL: PostgresURL? {
        ProcessInfo.processInfo.environment["LEDGER_TEST_PG"].flatMap { PostgresURL($0) }
    }

    /// Whether the PostgreSQL tests can run.
    public static var available: Bool { adminURL != nil }

    /// What a skipped PostgreSQL test says.
    public static let skipMessage = "LEDGER_TEST_PG is unset: no PostgreSQL server to test against (run `eval $(tools/pg-cluster.sh start)`)"

    /// Creates an empty database with a unique name.
    public init(_ label: String = "t") throws {
        guard let admin = Self.adminURL else { throw SkipError() }
        self.admin = admin
        let name = "ledger_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        url = try PostgresLedger.createDatabase(name, admin: admin)
    }

    /// The URL as `--db` takes it.
    public var text: String { url.description }

    deinit { try? PostgresLedger.dropDatabase(url.database, admin: admin) }

    struct SkipError: Error, CustomStringConvertible {
        var description: String { PostgresTestDatabase.skipMessage }
    }
}
