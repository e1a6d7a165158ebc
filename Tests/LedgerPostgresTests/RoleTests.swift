import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSchema
import LedgerStore
import LedgerTestSupport
import Testing

/// The least-privilege setup of schema/postgres/roles.sql: a writer appends and nothing else, a
/// reader reads.
@Suite("PostgreSQL: roles", .enabled(if: PostgresTestDatabase.available, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct RoleTests {
    @Test("the writer role appends and verifies but cannot UPDATE, DELETE or TRUNCATE; the reader only reads")
    func leastPrivilege() throws {
        let database = try PostgresTestDatabase("roles")
        let owner = try PostgresLedger(url: database.url)
        try owner.ingest(try Fixture.generatedReports(2).map { try $0.encoded() }, recordedAt: "2024-01-01T00:00:00.000Z")
        try owner.executeScript(Schema.postgresRoles)
        let suffix = database.url.database.suffix(8)
        let writerName = "w_\(suffix)", readerName = "r_\(suffix)"
        try owner.execute("CREATE ROLE \(writerName) LOGIN IN ROLE ledger_writer")
        try owner.execute("CREATE ROLE \(readerName) LOGIN IN ROLE ledger_reader")
        defer {
            try? owner.execute("DROP ROLE IF EXISTS \(writerName)")
            try? owner.execute("DROP ROLE IF EXISTS \(readerName)")
        }
        var url = database.url
        url.user = writerName
        let writer = try PostgresLedger(url: url, migrate: false)
        try writer.ingest(try Fixture.generatedReports(1, seed: 5).map { try $0.encoded() }, recordedAt: "2024-01-02T00:00:00.000Z")
        #expect(try writer.count() == 9)
        for sql in ["UPDATE events SET recorded_at = 'x' WHERE seq = 1", "DELETE FROM events WHERE seq = 9", "TRUNCATE events",
                    "UPDATE ledger_info SET value = 'x'", "DELETE FROM ledger_migrations"] {
            #expect(throws: LedgerError.self, "\(sql)") { try writer.execute(sql) }
        }
        #expect(try writer.verify(anchor: nil).isIntact)

        url.user = readerName
        let reader = try PostgresLedger(url: url, migrate: false)
        #expect(try reader.events(from: 1, limit: 100).count == 9)
        #expect(try reader.verify(anchor: nil) == writer.verify(anchor: nil))
        #expect(throws: LedgerError.self) {
            try reader.ingest(try Fixture.generatedReports(1, seed: 6).map { try $0.encoded() }, recordedAt: "2024-01-03T00:00:00.000Z")
        }
        #expect(try owner.count() == 9)
    }

    @Test("the writer role writes the server's read models as it ingests; the reader reads them and the views, and cannot change them")
    func readModels() throws {
        let database = try PostgresTestDatabase("rmroles")
        let dir = TemporaryDirectory("pg-rm-roles")
        let owner = try PostgresLedger(url: database.url)
        try owner.executeScript(Schema.postgresRoles)
        let suffix = database.url.database.suffix(8)
        let writerName = "mw_\(suffix)", readerName = "mr_\(suffix)"
        try owner.execute("CREATE ROLE \(writerName) LOGIN IN ROLE ledger_writer")
        try owner.execute("CREATE ROLE \(readerName) LOGIN IN ROLE ledger_reader")
        defer {
            try? owner.execute("DROP ROLE IF EXISTS \(writerName)")
            try? owner.execute("DROP ROLE IF EXISTS \(readerName)")
        }
        var url = database.url
        url.user = writerName
        let files = try ReportFiles.write(4, prefix: "role", in: dir)
        let ingest = try runLedger(["ingest", "--db", url.description, "-q"] + files, environment: ["LEDGER_CACHE_DIR": dir.path("w")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let writer = try PostgresLedger(url: url, migrate: false)
        #expect(throws: LedgerError.self) { try writer.execute("DELETE FROM events WHERE seq = 1") }

        url.user = readerName
        let reader = try PostgresLedger(url: url, migrate: false)
        #expect(try reader.texts("SELECT count(*)::text FROM rm_reports") == ["4"])
        #expect(try reader.texts("SELECT sum(best)::text FROM totals WHERE measure = 'killed'") == ["\(2 + 3 + 4 + 5)"])
        for sql in ["DELETE FROM rm_claims", "UPDATE rm_incidents SET best = 0", "TRUNCATE rm_state", "INSERT INTO rm_state VALUES ('x', 'y')"] {
            #expect(throws: LedgerError.self, "\(sql)") { try reader.execute(sql) }
        }
        let refused = try runLedger(["ingest", "--db", url.description, "-q", try dir.write("more.txt", "Two civilians were killed in Raqqa on 2023-05-02.")],
                                    environment: ["LEDGER_CACHE_DIR": dir.path("r")])
        #expect(refused.status != 0)
        // Nothing of the refused ingest: the log holds the four reports and their claims.
        let claims = try owner.texts("SELECT count(*)::text FROM rm_claims").compactMap { $0.flatMap { Int64($0) } }.first ?? -1
        #expect(try owner.count() == 4 + claims)
    }

    @Test("a row changed behind the program's back (triggers disabled by a superuser) is named by verify")
    func tamper() throws {
        let database = try PostgresTestDatabase("tamper")
        let owner = try PostgresLedger(url: database.url)
        try owner.ingest(try Fixture.generatedReports(3).map { try $0.encoded() }, recordedAt: "2024-01-01T00:00:00.000Z")
        try owner.execute("ALTER TABLE events DISABLE TRIGGER events_refuse_update")
        try owner.execute("UPDATE events SET payload = replace(payload, '\"value\":2', '\"value\":20') WHERE seq = 5")
        #expect(try owner.verify(anchor: nil) == .broken(seq: 5, reason: "hash mismatch: its type, payload or recorded time was altered", checked: 4))
    }
}
