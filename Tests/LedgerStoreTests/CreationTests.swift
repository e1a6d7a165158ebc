import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// A new ledger appears whole or not at all (tools/crash-test.sh kills `ledger ingest` while it
/// creates one; before, that left a header-only file that `ledger verify` refused).
@Suite("Creating a ledger")
struct CreationTests {
    @Test("a new ledger is complete in the main file and leaves no temporary files")
    func complete() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        let ledger = try Ledger(path: path)
        // The schema is in the main file itself, not only in a WAL beside it: a plain read-only
        // connection that ignores the WAL sees it.
        let copy = dir.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let tables = try DatabaseQueue(path: copy).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("events") && tables.contains("grdb_migrations"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("creating") }
        #expect(leftovers.isEmpty)
        #expect(try ledger.verify().isIntact)
        #expect(try Ledger(path: path, mode: .readOnly).eventCount() == 0)
    }

    @Test("several threads creating the same ledger at once all open the one ledger")
    func race() async throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for seed in 0..<4 {
                group.addTask {
                    let ledger = try Ledger(path: path)
                    _ = try ledger.ingest(Fixture.generatedReports(5, seed: seed % 2))
                }
            }
            try await group.waitForAll()
        }
        let ledger = try Ledger(path: path, mode: .readOnly)
        #expect(try ledger.events(EventFilter(types: [.reportIngested])).count == 10)
        #expect(try ledger.verify().isIntact)
        #expect(try ledger.appliedMigrations() == (try Schema.migrations().map(\.identifier)))
    }
}
