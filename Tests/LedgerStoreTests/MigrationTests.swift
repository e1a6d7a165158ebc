import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("a new ledger applies every migration in schema/ and creates the event log")
    func freshLedger() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        #expect(try ledger.appliedMigrations() == (try Schema.migrations().map(\.identifier)))
        let tables = try ledger.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type='table'") }
        #expect(tables.contains("events"))
        let mode = try ledger.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("reopening a ledger keeps its events and migrates nothing twice")
    func reopen() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        try Ledger(path: path).ingest(Fixture.generatedReports(3))
        let again = try Ledger(path: path, mode: .existing)
        #expect(try again.eventCount() == 9)
        #expect(try again.appliedMigrations().count == (try Schema.migrations().count))
    }

    @Test("an older ledger (first migration only) is migrated by a newer program")
    func migratesOlder() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.sqlite")
        let first = try Schema.migrations()[0]
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first.identifier) { db in try db.execute(sql: first.sql) }
        try migrator.migrate(queue)
        try queue.close()
        let ledger = try Ledger(path: path, mode: .existing)
        #expect(try ledger.appliedMigrations() == (try Schema.migrations().map(\.identifier)))
    }

    @Test("a ledger written by a newer program is refused with a clear message")
    func refusesNewer() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("new.sqlite")
        _ = try Ledger(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')") }
        try queue.close()
        #expect(throws: LedgerError.newerSchema(path: path, unknown: ["999_from_the_future"])) {
            try Ledger(path: path, mode: .existing)
        }
        let message = LedgerError.newerSchema(path: path, unknown: ["999_from_the_future"]).description
        #expect(message.contains(path) && message.contains("newer"))
    }

    @Test("a file that is not SQLite is refused and left untouched")
    func notSQLite() throws {
        let dir = TemporaryDirectory()
        let path = try dir.write("notes.sqlite", "these are my notes, not a database\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LedgerError.self) { try Ledger(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a truncated ledger file is refused")
    func truncated() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        try Ledger(path: path).ingest(Fixture.generatedReports(50))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = dir.path("cut.sqlite")
        try data.prefix(10).write(to: URL(fileURLWithPath: cut))
        #expect(throws: LedgerError.self) { try Ledger(path: cut) }
    }

    @Test("a SQLite database of another program is not taken for a ledger")
    func otherDatabase() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)") }
        try queue.close()
        #expect(throws: LedgerError.notALedger(path: path)) { try Ledger(path: path) }
        let tables = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type='table'") }
        #expect(tables == ["customers"])
    }

    @Test("a missing ledger is an error for commands that read")
    func missing() throws {
        let dir = TemporaryDirectory()
        #expect(throws: LedgerError.missing(path: dir.path("none.sqlite"))) { try Ledger(path: dir.path("none.sqlite"), mode: .existing) }
    }
}
