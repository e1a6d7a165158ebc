import Foundation
import GRDB
import LedgerStore
import LedgerTestSupport
import Testing

/// Every file in `schema/` (in its owner's folder) is a registered migration applied to a new ledger,
/// and every registered migration is a file there: a migration written but not listed (or listed
/// without its file, or under another owner, or embedded from a stale copy) fails here rather than in
/// a user's ledger.
@Suite("Schema files and migrations")
struct SchemaRegistrationTests {
    static var schemaFolder: URL { PackagePaths.root.appendingPathComponent("schema", isDirectory: true) }

    /// `NNN_name` for each `NNN_name.sql` in `schema/OWNER/`, for every owner, sorted.
    static func files() throws -> [String] {
        try Schema.Owner.allCases.flatMap { try files(of: $0) }.sorted()
    }

    /// `NNN_name` for each `NNN_name.sql` in `schema/OWNER/`.
    static func files(of owner: Schema.Owner) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: schemaFolder.appendingPathComponent(owner.rawValue).path)
            .filter { $0.hasSuffix(".sql") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("schema/ holds nothing but the owners' folders and the list")
    func layout() throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: Self.schemaFolder.path).sorted()
        // postgres/: the PostgreSQL engine's parallel list (Schema.postgresMigrations).
        #expect(entries == ["Schema.swift"] + (Schema.Owner.allCases.map(\.rawValue) + ["postgres"]).sorted())
    }

    @Test("each migration is in its owner's folder: the event log's three, the read models' the rest")
    func owners() throws {
        for owner in Schema.Owner.allCases {
            #expect(try Schema.migrations(of: owner).map(\.identifier) == (try Self.files(of: owner)))
        }
        #expect(try Schema.migrations(of: .eventLog).map(\.identifier) == ["001_event_log", "006_event_log_checks", "011_decision_withdrawn"])
        for migration in try Schema.migrations(of: .eventLog) {
            #expect(!migration.sql.contains("rm_"), "\(migration.identifier) touches a read model")
        }
    }

    @Test("the schema folder is where the tests look")
    func folderExists() throws {
        #expect(try Self.files().count >= 10, "no schema files at \(Self.schemaFolder.path)")
    }

    @Test("every schema file is registered, in order, and every registered migration has its file")
    func registered() throws {
        let registered = try Schema.migrations().map(\.identifier)
        #expect(registered == (try Self.files()))
        #expect(registered == registered.sorted(), "migrations are applied in number order, across the owners' folders")
    }

    @Test("each registered migration's SQL is its file's text")
    func sameText() throws {
        for migration in try Schema.migrations() {
            let url = Self.schemaFolder.appendingPathComponent(migration.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(migration.sql == text, "\(migration.identifier) is embedded from another text than schema/")
        }
    }

    @Test("a new ledger records every schema file in grdb_migrations")
    func applied() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        _ = try Ledger(path: path)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let applied = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == (try Self.files()))
    }

    @Test("Package.swift embeds every schema file")
    func embedded() throws {
        let manifest = try String(contentsOf: PackagePaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for migration in try Schema.migrations() {
            #expect(manifest.contains("\"\(migration.file)\""), "\(migration.file) is not an embedInCode resource")
        }
    }
}
