import Foundation
import LedgerKit
import Testing

/// The seam a server engine plugs into (``RemoteLedgerEngine``), with LedgerKit alone: no engine is
/// registered for `postgres://` in this test process (the PostgreSQL tests run the `ledger` binary,
/// which registers its own), and a stand-in engine serves `shelf://NAME` from a SQLite file.
@Suite("LedgerKit, server engines")
struct RemoteEngineTests {
    /// `shelf://NAME` is the SQLite file `NAME.sqlite` in `directory`: its own log and read models.
    struct ShelfEngine: RemoteLedgerEngine {
        let directory: String
        var schemes: [String] { ["shelf"] }

        func file(_ session: LedgerSession) throws -> Ledger {
            let name = session.path.split(separator: "/").last ?? "unnamed"
            return try Ledger(path: directory + "/\(name).sqlite", mode: .create)
        }

        func eventLog(for session: LedgerSession, create: Bool) throws -> any EventLog { try file(session) }
        func readModels(for session: LedgerSession) throws -> Ledger { try file(session) }
        func ingestWriter(for session: LedgerSession) throws -> any RemoteBatchWriter { ShelfWriter(cache: try file(session)) }
        func append(_ events: [PendingEvent], for session: LedgerSession, expecting head: ChainHead) throws -> [StoredEvent] {
            try file(session).append(events, recordedAt: Timestamp.now(), expecting: head)
        }
        func writeReadModels(for session: LedgerSession, rebuild: Bool, history: Bool, progress: @escaping (Int64) -> Void) throws -> Int64 { 0 }
    }

    /// Appends without folding; `catchUp` folds the read models again from the log (as a session
    /// does on a ledger whose read models are behind).
    struct ShelfWriter: RemoteBatchWriter {
        let cache: Ledger
        func ingest(_ reports: [EncodedReport], recordedAt: String) throws -> [IngestOutcome] {
            try cache.ingest(reports, recordedAt: recordedAt)
        }
        func append(_ events: [PendingEvent], recordedAt: String) throws -> [StoredEvent] {
            try cache.append(events, recordedAt: recordedAt, expecting: nil)
        }
        func catchUp() throws { _ = try LedgerSession(path: cache.path).current(forWriting: true) }
    }

    @Test("a postgres:// session without the engine registered says which product to add")
    func unregistered() throws {
        let session = LedgerSession(path: "postgres://analyst@db.example:5432/ledger")
        #expect(session.urlScheme == "postgres" && session.isRemote && session.isPostgres)
        #expect(throws: EngineNotRegistered(scheme: "postgres")) { try LedgerSession.open(path: session.path) }
        #expect(throws: EngineNotRegistered(scheme: "postgresql")) { try LedgerSession(path: "postgresql://h/d").totals() }
        let message = EngineNotRegistered(scheme: "postgres").description
        #expect(message.contains("LedgerKitPostgres") && message.contains("LedgerSession.register(engine: PostgresEngine())"))
        #expect(LedgerSession(path: "ledger.sqlite").urlScheme == nil && LedgerSession(path: "/tmp/a:b/l.sqlite").urlScheme == nil)
    }

    @Test("a registered engine gets the session's ingest, queries, verify and copy")
    func routed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledgerkit-shelf-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        LedgerSession.register(engine: ShelfEngine(directory: dir))
        try "Three civilians were killed in al-Shuhayl on Monday.\n".write(toFile: dir + "/r.txt", atomically: true, encoding: .utf8)

        let session = try LedgerSession.open(path: "shelf://one")
        let summary = try session.ingest(files: [dir + "/r.txt"])
        #expect(summary.added == 1 && summary.claims == 1)
        #expect(FileManager.default.fileExists(atPath: dir + "/one.sqlite"), "the engine's file holds the ledger")
        #expect(try session.claims().map(\.claim.value) == [3])
        let head = try session.eventLog().head()
        #expect(head.seq == 2 && (try session.verify()) == .intact(events: 2, head: head.hash))

        let copy = try LedgerSession.copy(from: session.path, to: dir + "/copy.sqlite")
        #expect(copy.copied == 2 && copy.head == head)
        #expect(try LedgerSession(path: dir + "/copy.sqlite").claims().map(\.claim.value) == [3])
    }
}
