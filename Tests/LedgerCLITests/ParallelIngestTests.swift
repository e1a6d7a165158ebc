import Foundation
import GRDB
import LedgerSamples
import LedgerTestSupport
import Testing

/// `ledger ingest` reads and extracts reports on every core, a chunk ahead of the appends; the log
/// it writes must be the one a single thread writes, event for event.
@Suite("Parallel extraction in ingest")
struct ParallelIngestTests {
    /// The sample corpus and the probe corpus (more than one chunk of 256 reports), ingested with
    /// `jobs` threads, in batches of 7, at one recorded time.
    static func ingest(jobs: Int, into db: String) throws -> (head: String, events: Int, rows: [String]) {
        let probe = PackagePaths.root.appendingPathComponent("Tests/ProbeCorpus/reports").path
        let r = try runLedger([
            "ingest", "--db", db, "-q", "--jobs", String(jobs), "--batch-size", "7", "--recorded-at", "2024-05-01T08:00:00Z",
            SampleCorpus.reportsDirectory.path, probe,
        ])
        #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { db in
            let head = try String.fetchOne(db, sql: "SELECT hash FROM events ORDER BY seq DESC LIMIT 1") ?? ""
            let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
            let rows = try String.fetchAll(db, sql: "SELECT seq || ' ' || type || ' ' || hash FROM events ORDER BY seq")
            return (head, events, rows)
        }
    }

    @Test("one thread and two give the same events in the same order: the same head hash")
    func sameLog() throws {
        let dir = TemporaryDirectory()
        let one = try Self.ingest(jobs: 1, into: dir.path("one.sqlite"))
        let two = try Self.ingest(jobs: 2, into: dir.path("two.sqlite"))
        #expect(one.events > 1_000)
        #expect(two.events == one.events)
        #expect(two.rows == one.rows)
        #expect(two.head == one.head)
    }
}
