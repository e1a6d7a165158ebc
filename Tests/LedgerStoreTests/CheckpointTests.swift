import Foundation
import GRDB
import LedgerCore
@testable import LedgerStore
import LedgerTestSupport
import Testing

/// The WAL is folded into the database file by a background connection (WALCheckpointer).
@Suite("WAL checkpoints")
struct CheckpointTests {
    /// Events of about 100 KB each, so that a few of them take the WAL past 1,000 pages.
    static func bigEvents(_ count: Int, tag: String) -> [PendingEvent] {
        (0..<count).map { i in
            let reason = String(repeating: "\(tag)\(i) ", count: 100_000 / (tag.count + 4))
            return PendingEvent(type: .claimRetracted, payload: Array("{\"claim_id\":\"\(tag)-\(i)\",\"reason\":\"\(reason)\"}".utf8))
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }

    @Test("appends past 1,000 WAL pages are checkpointed into the database file without being asked")
    func background() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        let ledger = try Ledger(path: path)
        for batch in 0..<6 { try ledger.append(Self.bigEvents(10, tag: "b\(batch)")) }
        // About 6 MB appended; the background checkpoint copies it into the main file. The commits
        // queued it before append returned: wait for the queue, not for a clock.
        ledger.waitForBackgroundCheckpoints()
        #expect(Self.fileSize(path) >= 4_000_000)
        #expect(try ledger.verify().isIntact)
    }

    @Test("a writer that stays ahead of the background checkpoints starts the WAL over once it passes its limit")
    func bounded() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        let ledger = try Ledger(path: path)
        ledger.checkpointer?.writerLimit = 1_500
        // Twenty appends of about 3 MB (750 pages) each, one straight after the other: 60 MB in all.
        for batch in 0..<20 { try ledger.append(Self.bigEvents(30, tag: "w\(batch)")) }
        // Past 1,500 pages the writer waits for the background checkpoint and checkpoints the rest
        // itself, so that its next transaction writes the WAL from the start: the file never holds
        // more than the limit and the append that crossed it.
        #expect(Self.fileSize(path + "-wal") < 10_000_000)
        ledger.waitForBackgroundCheckpoints()
        #expect(try ledger.verify().isIntact)
        #expect(try ledger.eventCount() == 600)
    }

    @Test("checkpoint() folds the whole WAL, and the ledger reopens intact")
    func explicit() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        let ledger = try Ledger(path: path)
        try ledger.append(Self.bigEvents(3, tag: "x"))
        try ledger.ingest(Fixture.generatedReports(5))
        try ledger.checkpoint()
        let (log, done) = try ledger.writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        #expect(log == done)
        let head = try ledger.head()
        let again = try Ledger(path: path, mode: .existing)
        #expect(try again.verify() == .intact(events: 18, head: head.hash))
    }

    @Test("a released ledger leaves no WAL behind: the file alone holds every event, even with a checkpoint in flight")
    func releasedWhileCheckpointing() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("l.sqlite")
        var ledger: Ledger? = try Ledger(path: path)
        // The last commits queue a background checkpoint that is still running when the ledger goes.
        for batch in 0..<8 { try ledger?.append(Self.bigEvents(30, tag: "r\(batch)")) }
        ledger = nil
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let copy = dir.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Ledger(path: copy, mode: .readOnly).eventCount() == 240)
    }

    @Test("a ledger whose writer was closed first is released without touching the closed connection")
    func closedWriter() throws {
        let dir = TemporaryDirectory()
        var ledger: Ledger? = try Ledger(path: dir.path("l.sqlite"))
        try ledger?.ingest(Fixture.generatedReports(2))
        try ledger?.writer.close()
        ledger = nil
        #expect(try Ledger(path: dir.path("l.sqlite")).eventCount() == 6)
    }
}
