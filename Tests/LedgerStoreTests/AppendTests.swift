import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

@Suite("Append and idempotence")
struct AppendTests {
    @Test("events are chained: each previous hash is the hash before it, from the genesis hash")
    func chain() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(4), recordedAt: "2024-01-01T00:00:00.000Z")
        let events = try ledger.events()
        #expect(events.map(\.seq) == Array(1...12))
        #expect(events[0].prevHash == EventHash.genesis)
        for (a, b) in zip(events, events.dropFirst()) { #expect(b.prevHash == a.hash) }
        for e in events {
            #expect(e.hash == EventHash.compute(previous: e.prevHash, type: e.type.rawValue, payload: Array(e.payload.utf8), recordedAt: e.recordedAt))
        }
    }

    @Test("a batch large enough to be hashed on a second thread is chained like a small one, and the hook sees the stored rows")
    func largeBatch() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(3, seed: 1))
        final class Seen: @unchecked Sendable { var events: [StoredEvent] = [] }  // the hook runs synchronously
        let seen = Seen()
        // 700 reports, 2,100 events in one transaction: ChainHashes hashes them ahead, in chunks.
        try ledger.ingest(Fixture.generatedReports(700, seed: 2), recordedAt: "2024-01-01T00:00:00.000Z") { _, stored in
            seen.events = stored
        }
        let events = try ledger.events()
        #expect(events.count == 2_109)
        #expect(seen.events == Array(events.dropFirst(9)))
        for (a, b) in zip(events, events.dropFirst()) { #expect(b.prevHash == a.hash) }
        for e in events {
            #expect(e.hash == EventHash.compute(previous: e.prevHash, type: e.type.rawValue, payload: Array(e.payload.utf8), recordedAt: e.recordedAt))
        }
        #expect(try ledger.verify().isIntact)
    }

    @Test("the hook gets each event's value with it, and an event whose payload was set afterwards decodes what the log holds")
    func hookValues() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let reports = Fixture.generatedReports(2)
        final class Seen: @unchecked Sendable { var values: [EventPayload] = [] }  // the hook runs synchronously
        let seen = Seen()
        try ledger.ingest(reports) { _, stored in seen.values = try stored.map { try $0.decoded() } }
        // What the hook saw is what the stored rows decode to.
        #expect(seen.values == (try ledger.events().map { try $0.decoded() }))
        // A pending event built from one value and then given another payload appends, and hands the
        // hook, the payload it holds.
        var event = try PendingEvent(.claimExtracted(reports[0].claims[0]))
        var other = reports[1].claims[0]
        other.claim.value += 1_000
        event.payload = Array(try CanonicalJSON.string(other).utf8)
        try ledger.append([event]) { _, stored in seen.values = try stored.map { try $0.decoded() } }
        #expect(seen.values == [.claimExtracted(other)])
    }

    @Test("payloads are stored as canonical JSON and decode to what was appended")
    func roundTrip() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let reports = Fixture.generatedReports(1)
        try ledger.ingest(reports)
        let events = try ledger.events()
        guard case .reportIngested(let r) = try events[0].decoded(), case .claimExtracted(let c) = try events[1].decoded() else {
            Issue.record("unexpected event types"); return
        }
        #expect(r == reports[0].report)
        #expect(c == reports[0].claims[0])
        #expect(events[1].payload == (try CanonicalJSON.string(reports[0].claims[0])))
    }

    @Test("ingesting the same report twice adds nothing the second time")
    func idempotent() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let reports = Fixture.generatedReports(5)
        #expect(try ledger.ingest(reports) == Array(repeating: .added(claims: 2), count: 5))
        let head = try ledger.head()
        #expect(try ledger.ingest(reports) == Array(repeating: .alreadyPresent, count: 5))
        #expect(try ledger.head() == head)
    }

    @Test("a report repeated inside one batch is appended once")
    func duplicateInBatch() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let r = Fixture.generatedReports(1)[0]
        #expect(try ledger.ingest([r, r]) == [.added(claims: 2), .alreadyPresent])
        #expect(try ledger.eventCount() == 3)
    }

    @Test("the database itself refuses a second report_ingested event for one content hash")
    func uniqueReport() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        let r = Fixture.generatedReports(1)[0]
        try ledger.append([try PendingEvent(.reportIngested(r.report))])
        #expect(throws: (any Error).self) { try ledger.append([try PendingEvent(.reportIngested(r.report))]) }
        #expect(try ledger.eventCount() == 1)
    }

    @Test("a batch is one transaction: a failing hook leaves the ledger as it was")
    func atomicBatch() throws {
        struct Boom: Error {}
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(2, seed: 1))
        let head = try ledger.head()
        #expect(throws: Boom.self) {
            try ledger.ingest(Fixture.generatedReports(10, seed: 2)) { _, _ in throw Boom() }
        }
        #expect(try ledger.head() == head)
        #expect(try ledger.verify().isIntact)
    }

    @Test("an append's transaction keeps SQLite's temporary storage in memory, and gives it back to the file after, even when it fails")
    func journalsInMemoryOnlyForAppends() throws {
        struct Boom: Error {}
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        @Sendable func tempStore(_ db: Database) throws -> Int? { try Int.fetchOne(db, sql: "PRAGMA temp_store") }
        final class Seen: @unchecked Sendable { var values: [Int?] = [] }
        let seen = Seen()
        try ledger.ingest(Fixture.generatedReports(2, seed: 1)) { db, _ in seen.values.append(try tempStore(db)) }
        try ledger.append([try PendingEvent(.claimRetracted(ClaimRetracted(claimID: "c", reason: "r")))]) { db, _ in
            seen.values.append(try tempStore(db))
        }
        #expect(throws: Boom.self) {
            try ledger.ingest(Fixture.generatedReports(3, seed: 2)) { _, _ in throw Boom() }
        }
        // 2: MEMORY. After: 0, the default (files), so that VACUUM and large sorts do not fill memory.
        #expect(seen.values == [2, 2])
        #expect(try ledger.writer.writeWithoutTransaction(tempStore) == 0)
    }

    @Test("the triggers refuse UPDATE and DELETE on events", arguments: [
        "UPDATE events SET payload = '{}' WHERE seq = 1",
        "UPDATE events SET recorded_at = '1999-01-01T00:00:00.000Z'",
        "DELETE FROM events WHERE seq = 2",
        "DELETE FROM events",
    ])
    func triggers(sql: String) throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(2))
        let before = try ledger.events()
        let error = #expect(throws: DatabaseError.self) { try ledger.writer.write { db in try db.execute(sql: sql) } }
        #expect(error?.message?.contains("append-only") == true)
        #expect(try ledger.events() == before)
    }

    @Test("two writers on one file append every report exactly once and keep the chain intact")
    func concurrentWriters() async throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        _ = try Ledger(path: path)
        let reports = Fixture.generatedReports(200)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<3 {
                group.addTask {
                    let ledger = try Ledger(path: path)
                    // Each writer ingests all reports in its own order, in small batches.
                    let mine = w % 2 == 0 ? reports : reports.reversed()
                    for start in stride(from: 0, to: mine.count, by: 17) {
                        try ledger.ingest(Array(mine[start..<min(start + 17, mine.count)]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let ledger = try Ledger(path: path)
        #expect(try ledger.eventCount() == 600)
        #expect(try ledger.verify().isIntact)
        let hashes = try ledger.events(EventFilter(types: [.reportIngested])).map { e -> String in
            guard case .reportIngested(let r) = try e.decoded() else { return "" }
            return r.report.contentHash
        }
        #expect(Set(hashes).count == 200)
    }

    @Test("the as-of filter returns only events recorded by then")
    func asOfFilter() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger(path: dir.path("l.sqlite"))
        try ledger.ingest(Fixture.generatedReports(2, seed: 1), recordedAt: "2023-01-10T08:00:00.000Z")
        try ledger.ingest(Fixture.generatedReports(2, seed: 2), recordedAt: "2023-02-10T08:00:00.000Z")
        let early = try ledger.events(EventFilter(recordedAtOrBefore: Timestamp.parseUpperBound("2023-01-31")))
        #expect(early.count == 6)
        #expect(try ledger.events(EventFilter(types: [.reportIngested])).count == 4)
    }
}
