import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import LedgerTestSupport
import Testing

/// What every engine of ``EventLog`` does, run on SQLite and on PostgreSQL.
@Suite("Event log contract, on both engines")
struct EventLogContractTests {
    static let time = "2024-01-01T00:00:00.000Z"

    static func encoded(_ count: Int, seed: Int = 0) throws -> [EncodedReport] {
        try Fixture.generatedReports(count, seed: seed).map { try $0.encoded() }
    }

    @Test("a batch is chained from the genesis hash, each hash recomputable", arguments: Engine.available)
    func chain(engine: Engine) throws {
        let fresh = try engine.makeLog()
        try fresh.log.ingest(Self.encoded(4), recordedAt: Self.time)
        let events = try fresh.log.events(from: 1, limit: 100)
        #expect(events.map(\.seq) == Array(1...12))
        #expect(events[0].prevHash == EventHash.genesis)
        for (a, b) in zip(events, events.dropFirst()) { #expect(b.prevHash == a.hash) }
        for e in events {
            #expect(e.hash == EventHash.compute(previous: e.prevHash, type: e.type.rawValue, payload: Array(e.payload.utf8), recordedAt: e.recordedAt))
        }
        #expect(try fresh.log.head() == ChainHead(seq: 12, hash: events[11].hash))
        #expect(try fresh.log.count() == 12)
    }

    @Test("the same reports give byte-identical rows and the same head hash as a SQLite ledger", arguments: Engine.available)
    func sameBytesAsSQLite(engine: Engine) throws {
        let reference = try Engine.sqlite.makeLog()
        let fresh = try engine.makeLog()
        for log in [reference.log, fresh.log] {
            try log.ingest(Self.encoded(30, seed: 3), recordedAt: Self.time)
            try log.append([try PendingEvent(.claimRetracted(ClaimRetracted(claimID: "x-1", reason: "مكرر — duplicate")))],
                           recordedAt: "2024-01-02T00:00:00.000Z", expecting: nil)
        }
        let expected = try reference.log.events(from: 1, limit: 1_000)
        #expect(expected.count == 91)
        #expect(try fresh.log.events(from: 1, limit: 1_000) == expected)
        #expect(try fresh.log.head() == reference.log.head())
    }

    @Test("ingest is idempotent by content hash: again, and twice in one batch, adds nothing", arguments: Engine.available)
    func idempotent(engine: Engine) throws {
        let fresh = try engine.makeLog()
        let reports = try Self.encoded(5)
        #expect(try fresh.log.ingest(reports, recordedAt: Self.time) == Array(repeating: .added(claims: 2), count: 5))
        let head = try fresh.log.head()
        #expect(try fresh.log.ingest(reports, recordedAt: Self.time) == Array(repeating: .alreadyPresent, count: 5))
        let more = try Self.encoded(1, seed: 9)
        #expect(try fresh.log.ingest(more + more + [reports[0]], recordedAt: Self.time) == [.added(claims: 2), .alreadyPresent, .alreadyPresent])
        #expect(try fresh.log.count() == head.seq + 3)
        #expect(try fresh.log.verify(anchor: nil).isIntact)
    }

    @Test("an append that expects a head the log has moved past is refused whole", arguments: Engine.available)
    func expectedHead(engine: Engine) throws {
        let fresh = try engine.makeLog()
        let stale = try fresh.log.head()
        try fresh.log.ingest(Self.encoded(2), recordedAt: Self.time)
        let moved = try fresh.log.head()
        let event = try PendingEvent(.claimRetracted(ClaimRetracted(claimID: "c", reason: "r")))
        #expect(throws: ChainConflict(expected: stale, found: moved)) {
            try fresh.log.append([event, event], recordedAt: Self.time, expecting: stale)
        }
        #expect(try fresh.log.head() == moved)
        let stored = try fresh.log.append([event], recordedAt: Self.time, expecting: moved)
        #expect(stored.map(\.seq) == [7])
        #expect(stored[0].prevHash == moved.hash)
    }

    @Test("events are read in order from a sequence number, a page at a time", arguments: Engine.available)
    func paging(engine: Engine) throws {
        let fresh = try engine.makeLog()
        try fresh.log.ingest(Self.encoded(10), recordedAt: Self.time)
        #expect(try fresh.log.events(from: 29, limit: 5).map(\.seq) == [29, 30])
        #expect(try fresh.log.events(from: 31, limit: 5).isEmpty)
        var pages: [[Int64]] = []
        try fresh.log.forEachPage(from: 4, pageSize: 10) { pages.append($0.map(\.seq)); return true }
        #expect(pages.map(\.count) == [10, 10, 7])
        #expect(pages.joined().map { $0 } == Array(4...30))
    }

    @Test("copies continue the chain byte for byte; a copy that does not is refused", arguments: Engine.available)
    func copies(engine: Engine) throws {
        let source = try Engine.sqlite.makeLog()
        try source.log.ingest(Self.encoded(6), recordedAt: Self.time)
        try source.log.ingest(Self.encoded(2, seed: 1), recordedAt: "2024-02-01T00:00:00.000Z")
        let events = try source.log.events(from: 1, limit: 100)
        let fresh = try engine.makeLog()
        try fresh.log.appendCopies(Array(events.prefix(10)), expecting: .empty)
        #expect(throws: ChainConflict.self) { try fresh.log.appendCopies(Array(events.prefix(10)), expecting: .empty) }
        var altered = events[10]
        altered.payload = altered.payload.replacingOccurrences(of: "\"value\":", with: "\"value\": ")
        #expect(throws: CopyProblem(seq: 11, reason: "hash mismatch: its type, payload or recorded time was altered")) {
            try fresh.log.appendCopies([altered], expecting: fresh.log.head())
        }
        #expect(throws: CopyProblem.self) { try fresh.log.appendCopies([events[11]], expecting: fresh.log.head()) }
        try fresh.log.appendCopies(Array(events.dropFirst(10)), expecting: fresh.log.head())
        #expect(try fresh.log.events(from: 1, limit: 100) == events)
        #expect(try fresh.log.verify(anchor: nil) == source.log.verify(anchor: nil))
    }

    @Test("verify names the head, checks an anchor, and is refused an ambiguous or malformed one", arguments: Engine.available)
    func verify(engine: Engine) throws {
        let fresh = try engine.makeLog()
        #expect(try fresh.log.verify(anchor: nil) == .intact(events: 0, head: EventHash.genesis))
        try fresh.log.ingest(Self.encoded(3), recordedAt: Self.time)
        let early = try fresh.log.head()
        try fresh.log.ingest(Self.encoded(3, seed: 1), recordedAt: Self.time)
        let head = try fresh.log.head()
        #expect(try fresh.log.verify(anchor: nil) == .intact(events: 18, head: head.hash))
        #expect(try fresh.log.verify(anchor: String(early.hash.prefix(12)).uppercased()) == .intact(events: 18, head: head.hash))
        #expect(try !fresh.log.verify(anchor: "0123456789abcdef").isIntact)
        #expect(throws: ChainAnchor.Problem.self) { try fresh.log.verify(anchor: "xyz") }
    }

    @Test("the log refuses UPDATE and DELETE, even from its owner", arguments: Engine.available)
    func appendOnly(engine: Engine) throws {
        let fresh = try engine.makeLog()
        try fresh.log.ingest(Self.encoded(1), recordedAt: Self.time)
        #expect(throws: (any Error).self) { try fresh.execute("UPDATE events SET recorded_at = 'x' WHERE seq = 1") }
        #expect(throws: (any Error).self) { try fresh.execute("DELETE FROM events WHERE seq = 3") }
        #expect(try fresh.log.verify(anchor: nil) == .intact(events: 3, head: fresh.log.head().hash))
    }
}
