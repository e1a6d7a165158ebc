import LedgerCore
import LedgerSchema
import LedgerStore
import PostgresNIO

/// Applies ``Schema/postgresMigrations()`` to a server, recording each in `ledger_migrations`,
/// under a transaction-scoped advisory lock (two programs opening a new ledger at once create it once).
struct PostgresMigrator {
    let ledger: PostgresLedger
    static let migrationLock: Int64 = 0x4C45_4447_4552_0002

    init(_ ledger: PostgresLedger) { self.ledger = ledger }

    /// Brings the schema up to date; a database with migrations this program does not know is refused.
    func migrate() throws {
        if try isCurrent() { return }
        try ledger.transaction {
            try ledger.run("SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
            try requireUTF8()
            try ledger.run("CREATE TABLE IF NOT EXISTS ledger_migrations (identifier text PRIMARY KEY, applied_at text NOT NULL)")
            let applied = Set(try appliedNow())
            try refuseUnknown(applied)
            for migration in Schema.postgresMigrations() where !applied.contains(migration.identifier) {
                for statement in SQLScript.statements(migration.sql) {
                    try ledger.run(PostgresQuery(unsafeSQL: statement))
                }
                let now = Timestamp.now()
                try ledger.run("INSERT INTO ledger_migrations (identifier, applied_at) VALUES (\(migration.identifier), \(now))")
            }
            let now = Timestamp.now()
            try ledger.run("""
                INSERT INTO ledger_info (key, value) VALUES ('created_at', \(now)), ('format', 'casualty-ledger/1')
                ON CONFLICT (key) DO NOTHING
                """)
        }
    }

    /// For a reader that may not write: the schema must be there and current.
    func requireCurrent() throws {
        let made = try ledger.exclusive { try ledger.run("SELECT to_regclass('ledger_migrations') IS NOT NULL").first?.decode(Bool.self) ?? false }
        if !made { throw LedgerError.missing(path: ledger.location) }
        if try !isCurrent() {
            throw LedgerError.readOnly(path: ledger.location, detail: "the ledger's tables are missing or need migrating; open it once as its owner")
        }
    }

    private func isCurrent() throws -> Bool {
        try ledger.exclusive {
            let exists = try ledger.run("SELECT to_regclass('ledger_migrations') IS NOT NULL")
            guard let row = exists.first, try row.decode(Bool.self) else { return false }
            let applied = Set(try appliedNow())
            try refuseUnknown(applied)
            return Schema.postgresMigrations().allSatisfy { applied.contains($0.identifier) }
        }
    }

    private func appliedNow() throws -> [String] {
        try ledger.run("SELECT identifier FROM ledger_migrations ORDER BY identifier").map { try $0.decode(String.self) }
    }

    private func refuseUnknown(_ applied: Set<String>) throws {
        let known = Set(Schema.postgresMigrations().map(\.identifier))
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty { throw LedgerError.newerSchema(path: ledger.location, unknown: unknown) }
    }

    /// The payload bytes read back must be the bytes hashed: only a UTF8 database keeps them.
    private func requireUTF8() throws {
        let rows = try ledger.run("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")
        let encoding = try rows.first?.decode(String.self) ?? "?"
        if encoding != "UTF8" {
            throw LedgerError.database(path: ledger.location, detail: "the database's encoding is \(encoding); a ledger needs UTF8 (createdb -E UTF8)")
        }
    }
}
