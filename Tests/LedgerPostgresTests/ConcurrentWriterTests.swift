import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import LedgerTestSupport
import Testing

/// Several writers on one PostgreSQL ledger: one total order, an intact chain, no report twice,
/// whole batches only.
@Suite("PostgreSQL: writers at once", .enabled(if: PostgresTestDatabase.available, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct ConcurrentWriterTests {
    @Test("4 writer threads, 25 batches of 4 events each: 400 events in one order, each writer's in its own order")
    func threads() throws {
        let database = try PostgresTestDatabase("threads")
        _ = try PostgresLedger(url: database.url)
        let group = DispatchGroup()
        let failures = Failures()
        for writer in 0..<4 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let log = try PostgresLedger(url: database.url, migrate: false)
                    for batch in 0..<25 {
                        let events = try (0..<4).map { i in
                            try PendingEvent(.claimRetracted(ClaimRetracted(claimID: "w\(writer)-\(batch)-\(i)", reason: "writer \(writer)")))
                        }
                        try log.append(events, recordedAt: "2024-01-01T00:00:00.000Z", expecting: nil)
                    }
                } catch { failures.add("\(error)") }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty)
        let log = try PostgresLedger(url: database.url, migrate: false)
        #expect(try log.verify(anchor: nil).isIntact)
        let events = try log.events(from: 1, limit: 1_000)
        #expect(events.map(\.seq) == Array(1...400))
        let ids = events.map { $0.payload }.compactMap { $0.split(separator: "\"")[safe: 3].map(String.init) }
        for writer in 0..<4 {
            let mine = ids.filter { $0.hasPrefix("w\(writer)-") }
            #expect(mine.count == 100)
            // A batch's four events are consecutive, and the batches are in the writer's order.
            let expected = (0..<25).flatMap { b in (0..<4).map { "w\(writer)-\(b)-\($0)" } }
            #expect(mine == expected)
        }
        for batch in stride(from: 0, to: 400, by: 4) {
            #expect(Set(ids[batch..<batch + 4].map { $0.split(separator: "-").prefix(2).joined() }).count == 1)
        }
    }

    @Test("4 `ledger ingest` processes, 30 reports of their own and 10 shared: 130 reports once each, one chain")
    func processes() throws {
        let database = try PostgresTestDatabase("procs")
        let dir = TemporaryDirectory("pg-procs")
        let shared = try ReportFiles.write(10, prefix: "shared", in: dir)
        let own = try (0..<4).map { try ReportFiles.write(30, prefix: "writer\($0)", in: dir) }
        let env = ["LEDGER_CACHE_DIR": dir.path("cache")]
        // The schema first, so that the four do not all wait on its lock.
        #expect(try runLedger(["ingest", "--db", database.text, "-q", shared[0]], environment: env).status == 0)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            let files = own[i] + shared
            let result = try? runLedger(["ingest", "--db", database.text, "-q", "--batch-size", "4"] + files, environment: env)
            results.add(i, result)
        }
        for (i, result) in results.all { #expect(result?.status == 0, "writer \(i): \(result?.stderr ?? "did not run")") }
        let log = try PostgresLedger(url: database.url, migrate: false)
        guard case .intact(let count, _) = try log.verify(anchor: nil) else { Issue.record("chain broken"); return }
        let events = try log.events(from: 1, limit: 10_000)
        #expect(Int64(events.count) == count)
        let reports = events.filter { $0.type == .reportIngested }
        #expect(reports.count == 130)
        #expect(Set(reports.map(\.payload)).count == 130)
        let verify = try runLedger(["verify", "--db", database.text], environment: env)
        #expect(verify.stdout.hasPrefix("intact: \(count) events"))
    }

    @Test("a writer killed mid-ingest leaves whole batches: every report it appended has all its claims, the server's read models are the fold of its log")
    func killed() throws {
        let database = try PostgresTestDatabase("killed")
        let dir = TemporaryDirectory("pg-killed")
        let files = try ReportFiles.write(600, prefix: "k", in: dir)
        let env = ["LEDGER_CACHE_DIR": dir.path("cache")]
        // The claims each report has, from a SQLite ledger of the same files.
        let reference = dir.path("ref.sqlite")
        #expect(try runLedger(["ingest", "--db", reference, "-q", "--recorded-at", "2024-01-01T00:00:00Z"] + files).status == 0)
        let expected = try claimsPerReport(Ledger(path: reference, mode: .readOnly).events(from: 1, limit: 100_000))

        let process = Process()
        process.executableURL = try #require(PackagePaths.ledgerBinary)
        process.arguments = ["ingest", "--db", database.text, "-q", "--batch-size", "3", "--recorded-at", "2024-01-01T00:00:00Z"] + files
        process.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once some batches are in, while it is still appending.
        var seen: Int64 = 0
        var watcher: PostgresLedger?
        for _ in 0..<3_000 where seen < 60 {
            usleep(5_000)
            if watcher == nil { watcher = try? PostgresLedger(url: database.url, migrate: false) }
            seen = (try? watcher?.count()) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let log = try PostgresLedger(url: database.url, migrate: false)
        #expect(try log.verify(anchor: nil).isIntact)
        let appended = try claimsPerReport(log.events(from: 1, limit: 100_000))
        #expect(appended.count > 0 && appended.count < 600, "killed after \(appended.count) reports")
        #expect(appended.count % 3 == 0, "batches of three reports: \(appended.count) reports is not whole batches")
        for (hash, claims) in appended { #expect(claims == expected[hash], "report \(hash.prefix(12)) has \(claims) claims") }
        // The server's read models hold the whole batches, nothing of the one killed.
        try MirrorRows.expectMatchesFold(database, in: dir, "after the kill")
        // Ingesting again appends exactly the rest.
        #expect(try runLedger(["ingest", "--db", database.text, "-q", "--recorded-at", "2024-01-01T00:00:00Z"] + files, environment: env).status == 0)
        #expect(try claimsPerReport(log.events(from: 1, limit: 100_000)) == expected)
        try MirrorRows.expectMatchesFold(database, in: dir, "after the re-ingest")
    }

    /// Claims per report content hash, in a log where each report's claims follow it.
    func claimsPerReport(_ events: [StoredEvent]) throws -> [String: Int] {
        var out: [String: Int] = [:]
        var current: String?
        for event in events {
            switch try event.decoded() {
            case .reportIngested(let r): current = r.report.contentHash; out[r.report.contentHash] = 0
            case .claimExtracted(let c):
                #expect(c.claim.report == current)
                out[c.claim.report, default: 0] += 1
            default: break
            }
        }
        return out
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int, CommandResult?)] = []
    func add(_ i: Int, _ r: CommandResult?) { lock.withLock { items.append((i, r)) } }
    var all: [(Int, CommandResult?)] { lock.withLock { items.sorted { $0.0 < $1.0 } } }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
