import Foundation
import GRDB
import LedgerProjections
import LedgerSamples
import LedgerStore
import LedgerTestSupport
import Testing

/// `ledger compact` drops the history projections no --as-of time reaches (batches recorded at one
/// time), and the versions that held only there; every as-of answer and every event stays the same.
@Suite("ledger compact")
struct CompactTests {
    /// The sample corpus in two halves, each ingested in batches of 5 at one recorded time, then a
    /// correction recorded later: each test's own copy of ``template``.
    static func ledger(_ dir: TemporaryDirectory) throws -> String {
        try template.ledger.copy(into: dir)
    }

    /// The ledger built once for the suite, and its ``answers(_:)`` before any compaction.
    static let template: (ledger: FixtureLedger, answers: [String]) = {
        let ledger = FixtureLedger("compact") { db in
            let reports = ((try? FileManager.default.contentsOfDirectory(atPath: SampleCorpus.reportsDirectory.path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { SampleCorpus.reportsDirectory.appendingPathComponent($0).path }
            let half = reports.count / 2
            for (files, time) in [(reports[..<half], "2024-01-10T08:00:00Z"), (reports[half...], "2024-02-10T08:00:00Z")] {
                let r = try? runLedger(["ingest", "--db", db, "-q", "--batch-size", "5", "--recorded-at", time] + files)
                #expect(r?.status == 0, "\(r?.stderr ?? "")")
            }
        }
        return (ledger, (try? answers(ledger.path)) ?? [])
    }()

    /// What the as-of queries answer, and the event rows.
    static func answers(_ db: String) throws -> [String] {
        var out: [String] = []
        for asOf in ["2024-01-09", "2024-01-10T08:00:00Z", "2024-01-20", "2024-02-10T08:00:00Z", "2024-03-01"] {
            for command in [["incidents"], ["totals"], ["claims"], ["discrepancies"], ["series"], ["replay"]] {
                let r = try runLedger(command + ["--db", db, "--as-of", asOf, "--format", "json"])
                out.append("\(command[0]) \(asOf) \(r.status): \(r.stdout)")
            }
        }
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        out += try queue.read { db in try String.fetchAll(db, sql: "SELECT seq || type || payload || recorded_at || hash FROM events ORDER BY seq") }
        return out
    }

    static func count(_ db: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    @Test("recorded times that go back: the batches they hide are dropped, the times only a replay answers stay so")
    func timesGoingBack() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let reports = try FileManager.default.contentsOfDirectory(atPath: SampleCorpus.reportsDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { SampleCorpus.reportsDirectory.appendingPathComponent($0).path }
        let third = reports.count / 3
        // February first, then January (recorded late: it goes back), then March.
        for (files, time) in [(reports[..<third], "2024-02-10T08:00:00Z"), (reports[third..<(2 * third)], "2024-01-10T08:00:00Z"),
                              (reports[(2 * third)...], "2024-03-10T08:00:00Z")] {
            let r = try runLedger(["ingest", "--db", db, "-q", "--batch-size", "6", "--recorded-at", time] + files)
            #expect(r.status == 0, "\(r.stderr)")
        }
        var before: [String] = []
        for asOf in ["2024-01-09", "2024-01-20", "2024-02-10T08:00:00Z", "2024-02-20", "2024-03-20"] {
            for command in [["incidents"], ["totals"], ["discrepancies"], ["replay"]] {
                let r = try runLedger(command + ["--db", db, "--as-of", asOf, "--format", "json"])
                before.append("\(command[0]) \(asOf) \(r.status): \(r.stdout)")
            }
        }
        let r = try runLedger(["compact", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.hasPrefix("dropped 0 "))
        var after: [String] = []
        for asOf in ["2024-01-09", "2024-01-20", "2024-02-10T08:00:00Z", "2024-02-20", "2024-03-20"] {
            for command in [["incidents"], ["totals"], ["discrepancies"], ["replay"]] {
                let r = try runLedger(command + ["--db", db, "--as-of", asOf, "--format", "json"])
                after.append("\(command[0]) \(asOf) \(r.status): \(r.stdout)")
            }
        }
        #expect(after.count == before.count)
        for (a, b) in zip(after, before) { #expect(a == b) }
    }

    /// Makes the ledger at `path` one of before issue 20: every read-model value in the original
    /// binary form (each key written whole), and the incident history of migration 010 (open versions
    /// with a copy of their record, 010's triggers, 014 not applied). Returns the values rewritten.
    static func makeOlder(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.write { db in
            let written = try StoredFormatUpgrade.rewrite(db, compact: false)
            // Not 016 (claims by report and opening event; places in the incident history): 014's
            // trigger back, the columns and indexes of before.
            let openRecords = try #require(try Schema.migrations().first { $0.identifier == "014_incident_history_open_records" }).sql
            let insertTrigger = try #require(openRecords.range(of: "DROP TRIGGER rm_incidents_history_insert;"))
            let backfill = try #require(openRecords.range(of: "-- The open versions of the ledger"))
            try db.execute(sql: String(openRecords[insertTrigger.lowerBound..<backfill.lowerBound]))
            try db.execute(sql: """
                DROP INDEX rm_incident_history_by_end;
                ALTER TABLE rm_incident_history DROP COLUMN place;
                ALTER TABLE rm_incident_history DROP COLUMN admin1;
                CREATE INDEX rm_incident_history_by_end ON rm_incident_history
                    (valid_to, valid_from, id, measure, category, area, day, low, high, best, best_claim, best_seq);
                DROP INDEX rm_claims_by_report;
                DROP INDEX rm_claims_inexact;
                DROP INDEX rm_incidents_by_day;
                CREATE INDEX rm_claims_by_report ON rm_claims (report);
                CREATE INDEX rm_claims_by_valid_from ON rm_claims (valid_from);
                DELETE FROM grdb_migrations WHERE identifier = '016_as_of_summary_indexes';
                """)
            let spans = try #require(try Schema.migrations().first { $0.identifier == "010_totals_history_spans" }).sql
            let triggers = try #require(spans.range(of: "DROP TRIGGER rm_incidents_history_delete;"))
            let end = try #require(spans.range(of: "-- Reads no longer walk"))
            try db.execute(sql: String(spans[triggers.lowerBound..<end.lowerBound]))
            try db.execute(sql: """
                UPDATE rm_incident_history SET record = (SELECT i.record FROM rm_incidents i WHERE i.id = rm_incident_history.id)
                WHERE valid_to IS NULL
                """)
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '014_incident_history_open_records'")
            // Nor 015 (the as-of indexes).
            try db.execute(sql: "DROP INDEX rm_claims_by_valid_from; DROP INDEX rm_claims_recalls")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '015_as_of_indexes'")
            return written
        }
    }

    /// A ledger of before issue 20 answers the same once migrated (014 drops the open versions' copies
    /// of their records); compact writes its values again in the compact form.
    @Test("a ledger of before issue 20: the same answers after migration 014, and after compact rewrites its values")
    func ledgerOfBefore() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ledger(dir)
        let before = Self.template.answers
        #expect(before.count > 30)
        let recordBytes = "SELECT sum(length(record)) FROM rm_claims"
        let compactBytes = try Self.count(db, recordBytes)
        let openCopies = "SELECT count(*) FROM rm_incident_history WHERE valid_to IS NULL AND record IS NOT NULL"
        #expect(try Self.count(db, openCopies) == 0)
        let written = try Self.makeOlder(db)
        #expect(written > 100)
        #expect(try Self.count(db, openCopies) > 10)
        // A claim record in the original form is about twice its compact size.
        #expect(try Self.count(db, recordBytes) > compactBytes * 3 / 2)
        let old = try Self.answers(db)  // the first command migrates the ledger
        #expect(old.count == before.count)
        for (a, b) in zip(old, before) { #expect(a == b) }
        #expect(try Self.count(db, openCopies) == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM grdb_migrations WHERE identifier = '014_incident_history_open_records'") == 1)
        #expect(try Self.count(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('rm_claims_by_valid_from', 'rm_claims_recalls')") == 1)
        // 016 gave the open incident versions their places, from their incidents' rows.
        #expect(try Self.count(db, "SELECT count(*) FROM rm_incident_history WHERE valid_to IS NULL AND place IS NULL") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM rm_incident_history WHERE valid_to IS NULL") > 10)
        let r = try runLedger(["compact", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("rewrote ") && !r.stdout.contains("rewrote 0 "), "\(r.stdout)")
        #expect(try Self.count(db, recordBytes) == compactBytes)
        #expect(try Self.count(db, "SELECT count(*) FROM rm_claims WHERE substr(record, 1, 1) = x'07'") == 0)
        let after = try Self.answers(db)
        #expect(after.count == before.count)
        for (a, b) in zip(after, before) { #expect(a == b) }
        #expect(try runLedger(["verify", "--db", db]).status == 0)
    }

    /// Claim records stored with a copy of their report's facts (before they were read from
    /// `rm_reports`, ``ReportFacts``) read the same; compact drops the copies.
    @Test("claim records carrying their report's facts: the same answers, and compact drops the copies")
    func claimRecordsWithReportFacts() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ledger(dir)
        let before = Self.template.answers
        #expect(before.count > 30)
        let recordBytes = "SELECT sum(length(record)) FROM rm_claims"
        let stripped = try Self.count(db, recordBytes)
        let queue = try DatabaseQueue(path: db)
        let embedded = try queue.write { try StoredFormatUpgrade.embedReportFacts($0) }
        try queue.close()
        #expect(embedded > 100)
        // A copy is at least the report's hash (32 bytes packed), its time and sequence number.
        #expect(try Self.count(db, recordBytes) > stripped + embedded * 40)
        let old = try Self.answers(db)
        #expect(old.count == before.count)
        for (a, b) in zip(old, before) { #expect(a == b) }
        let r = try runLedger(["compact", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("rewrote ") && !r.stdout.contains("rewrote 0 "), "\(r.stdout)")
        #expect(try Self.count(db, recordBytes) == stripped)
        let after = try Self.answers(db)
        #expect(after.count == before.count)
        for (a, b) in zip(after, before) { #expect(a == b) }
    }

    @Test("drops the batches no as-of time reaches; as-of answers and events unchanged")
    func sameAnswers() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ledger(dir)
        let before = Self.template.answers
        #expect(before.count > 30)
        let marks = try Self.count(db, "SELECT count(*) FROM rm_history_marks")
        let versions = try Self.count(db, "SELECT (SELECT count(*) FROM rm_incident_history) + (SELECT count(*) FROM rm_discrepancies_history)")
        let r = try runLedger(["compact", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("dropped"))
        // Two recorded times: one mark each is left.
        #expect(marks > 2)
        #expect(try Self.count(db, "SELECT count(*) FROM rm_history_marks") == 2)
        #expect(try Self.count(db, "SELECT (SELECT count(*) FROM rm_incident_history) + (SELECT count(*) FROM rm_discrepancies_history)") < versions)
        let after = try Self.answers(db)
        #expect(after.count == before.count)
        for (a, b) in zip(after, before) { #expect(a == b) }
        #expect(try runLedger(["verify", "--db", db]).status == 0)
        // A second compaction finds nothing more; appends after it project as before.
        let again = try runLedger(["compact", "--db", db])
        #expect(again.stdout.hasPrefix("dropped 0 projection(s)"))
    }
}
