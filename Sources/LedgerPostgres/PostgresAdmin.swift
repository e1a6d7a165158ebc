import LedgerStore
import PostgresNIO

extension PostgresLedger {
    /// Runs one SQL statement as it is, on the ledger's connection (administration, role setup and
    /// tests; the ledger's own operations never need it).
    public func execute(_ sql: String) throws {
        try exclusive { _ = try run(PostgresQuery(unsafeSQL: sql)) }
    }

    /// Runs one SQL statement as it is and returns the first column of its rows, a text column (cast
    /// others with `::text`), NULL as nil:
    /// what a program reading the server sees (tests, benchmarks).
    public func texts(_ sql: String) throws -> [String?] {
        try exclusive { try ServerTransaction(ledger: self, head: .empty).execute(sql) }
    }

    /// Runs a SQL script (statements separated by `;`, dollar-quoted bodies kept whole), such as
    /// ``Schema/postgresRoles``, in one transaction.
    public func executeScript(_ sql: String) throws {
        try transaction {
            for statement in SQLScript.statements(sql) { try run(PostgresQuery(unsafeSQL: statement)) }
        }
    }

    /// Creates an empty UTF8 database named `name` on the server `admin` points to (a scratch ledger
    /// for tests and benchmarks), and returns its URL.
    public static func createDatabase(_ name: String, admin: PostgresURL) throws -> PostgresURL {
        let server = try PostgresLedger(url: admin, connectOnly: true)
        try server.execute("CREATE DATABASE \"\(name)\" ENCODING 'UTF8' TEMPLATE template0")
        var url = admin
        url.database = name
        return url
    }

    /// Drops the database named `name`, closing its connections first.
    public static func dropDatabase(_ name: String, admin: PostgresURL) throws {
        let server = try PostgresLedger(url: admin, connectOnly: true)
        try server.execute("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
    }
}
