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

    @Test("a ledger with events written before 006 is rebuilt with the same rows, and still verifies and refuses")
    func migratesEventLog() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.sqlite")
        // A ledger as the program wrote it before migrations 005 and 006, with 12 chained events.
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        for migration in try Schema.migrations().prefix(4) {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue)
        let reports = Fixture.generatedReports(4)
        var previous = EventHash.genesis
        try queue.write { db in
            for (seq, event) in try reports.flatMap({ try $0.encoded().events }).enumerated() {
                let time = "2024-01-01T00:00:00.000Z"
                let hash = EventHash.compute(previous: previous, type: event.type.rawValue, payload: event.payload, recordedAt: time)
                try db.execute(
                    sql: "INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [seq + 1, event.type.rawValue, String(decoding: event.payload, as: UTF8.self), time, previous, hash])
                previous = hash
            }
        }
        let before = try queue.read { db in try Row.fetchAll(db, sql: "SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events ORDER BY seq") }
        try queue.close()

        let ledger = try Ledger(path: path, mode: .existing)
        #expect(try ledger.appliedMigrations() == (try Schema.migrations().map(\.identifier)))
        let after = try ledger.writer.read { db in try Row.fetchAll(db, sql: "SELECT seq, type, payload, recorded_at, prev_hash, hash FROM events ORDER BY seq") }
        #expect(after == before)
        #expect(try ledger.verify() == .intact(events: 12, head: previous))
        // The triggers, the unique report hash and the type check are in place on the new table.
        #expect(throws: DatabaseError.self) { try ledger.writer.write { db in try db.execute(sql: "DELETE FROM events WHERE seq = 1") } }
        #expect(throws: DatabaseError.self) { try ledger.writer.write { db in try db.execute(sql: "UPDATE events SET payload = '{}'") } }
        #expect(try ledger.ingest(reports) == Array(repeating: .alreadyPresent, count: 4))
        #expect(throws: (any Error).self) { try ledger.append([try PendingEvent(.reportIngested(reports[0].report))]) }
        #expect(throws: DatabaseError.self) {
            try ledger.writer.write { db in
                try db.execute(sql: "INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (13, 'claim_invented', '{}', 'x', ?, ?)",
                    arguments: [previous, previous])
            }
        }
        let indexes = try ledger.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name") }
        #expect(indexes == ["events_by_recorded_at", "events_by_report"])
        try ledger.ingest(Fixture.generatedReports(2, seed: 9))
        #expect(try ledger.verify().isIntact)
    }

    @Test("appending a row builds no temporary table (the type check is evaluated in place)")
    func appendPlan() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let opcodes = try ledger.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN INSERT INTO events (seq, type, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [1, "claim_extracted", "{}", "2024-01-01T00:00:00.000Z", EventHash.genesis, EventHash.genesis])
                .map { $0["opcode"] as String }
        }
        #expect(opcodes.contains("Insert"))
        #expect(!opcodes.contains("OpenEphemeral"))
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
