import ArgumentParser
import Foundation
import GRDB
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerKitPostgres
import LedgerPostgres
import LedgerProjections
import LedgerStore

/// `ledger bench engines`: the event log on SQLite and on PostgreSQL, measured in one run on the same
/// generated reports: append (ingest of encoded reports), replay + verify, the read-model cache's
/// catch-up, and appends/s with 1, 2 and 4 concurrent writers on each engine.
struct BenchEngines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engines",
        abstract: "Compare the SQLite and PostgreSQL event logs on the same reports (needs a server: --pg).",
        discussion: """
            Creates scratch databases on the server --pg names (dropped afterwards) and SQLite files under \
            --dir. Example: eval $(tools/pg-cluster.sh start); ledger bench engines --pg $LEDGER_TEST_PG
            """)

    @Option(name: .long, help: ArgumentHelp("A PostgreSQL server (postgres://user@host:port/db) allowed to create databases.", valueName: "url"))
    var pg: String

    @Option(name: .long, help: "Events in the ingest and replay stages.")
    var events: Int = 20_000

    @Option(name: .long, help: "Reports per writer transaction in the concurrent-writer stage.")
    var writerBatch: Int = 4

    @Option(name: .long, help: "Transactions per writer in the concurrent-writer stage.")
    var writerTransactions: Int = 100

    @Option(name: .long, help: "Folder for the SQLite ledgers.")
    var dir: String = ".bench"

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    func run() throws {
        guard let admin = PostgresURL(pg) else { throw ValidationError("--pg must be a postgres:// URL") }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var feed = BenchFeed(seed: 7)
        var reports: [EncodedReport] = []
        while feed.events < events { reports.append(try feed.next().encoded()) }
        let total = reports.reduce(0) { $0 + $1.events.count }
        var results: [BenchResult] = []
        func record(_ r: BenchResult) {
            results.append(r)
            if format == .table { FileHandleOutput.stderr.write("  \(r.stage): \(r.cells[2]) \(r.unit) \(r.detail)\n") }
        }
        let scratch = BenchEngineScratch(dir: dir, admin: admin)
        defer { scratch.removeAll() }
        for engine in ["sqlite", "postgres"] {
            let log = try scratch.make(engine, "ingest")
            let append = try Self.time {
                for start in stride(from: 0, to: reports.count, by: 256) {
                    try log.ingest(Array(reports[start..<min(start + 256, reports.count)]), recordedAt: "2024-01-01T00:00:00.000Z")
                }
            }
            record(BenchResult(size: total, stage: "\(engine): append, batches of 256 reports", value: Double(total) / append, unit: "events/s", detail: "encoded reports, hash chain, idempotence look-up, commit"))
            let verify = try Self.time { guard try log.verify(anchor: nil).isIntact else { throw ValidationError("chain broken") } }
            record(BenchResult(size: total, stage: "\(engine): replay + verify", value: Double(total) / verify, unit: "events/s", detail: "every event read in order, every hash recomputed"))
            if let ledger = log as? Ledger {
                let fold = try Self.time { _ = try ledger.writer.write { db in try Projector.rebuild(db) } }
                record(BenchResult(size: total, stage: "sqlite: read models, rebuilt from the log", value: Double(total) / fold, unit: "events/s", detail: "what the PostgreSQL cache does, on the file itself (streaming rebuild)"))
            }
            if let server = log as? PostgresLedger {
                let cache = ReadModelCache(url: server.url, directory: dir)
                try? LedgerFile.remove(cache.path)
                let fold = try Self.time { _ = try cache.catchUp(from: server) }
                record(BenchResult(size: total, stage: "postgres: read-model cache, from empty", value: Double(total) / fold, unit: "events/s", detail: "events read from the server, chain checked, folded into the local SQLite read models"))
                try? LedgerFile.remove(cache.path)
            }
        }
        for result in try ingestWithReadModels(reports, total: total, scratch: scratch) { record(result) }
        for engine in ["sqlite", "postgres"] {
            for writers in [1, 2, 4] {
                let (rate, txs) = try writersStage(engine, writers: writers, reports: reports, scratch: scratch)
                record(BenchResult(size: writers, stage: "\(engine): \(writers) writer(s) at once", value: rate, unit: "events/s", detail: String(format: "%.0f transactions/s of %d reports each", txs, writerBatch)))
            }
        }
        if format == .json {
            out(try Renderer.prettyJSON(results) + "\n")
        } else {
            out(try Output.render(results, as: .table))
        }
        FileHandleOutput.stdout.flush()
    }

    /// `writers` threads, each with its own connection, appending `writerTransactions` batches of
    /// `writerBatch` distinct reports to one ledger: events/s and transactions/s over the wall time.
    func writersStage(_ engine: String, writers: Int, reports: [EncodedReport], scratch: BenchEngineScratch) throws -> (Double, Double) {
        let first = try scratch.make(engine, "writers\(writers)")
        let perWriter = writerTransactions * writerBatch
        guard reports.count >= writers * perWriter else { throw ValidationError("--events too small for \(writers) writers") }
        let logs = try (0..<writers).map { _ in try scratch.reopen(first) }
        let errors = BenchErrors()
        let group = DispatchGroup()
        let elapsed = try Self.time {
            for w in 0..<writers {
                group.enter()
                let log = logs[w]
                let mine = Array(reports[(w * perWriter)..<((w + 1) * perWriter)])
                let batch = writerBatch
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        for start in stride(from: 0, to: mine.count, by: batch) {
                            try log.ingest(Array(mine[start..<start + batch]), recordedAt: "2024-01-01T00:00:00.000Z")
                        }
                    } catch { errors.add("\(error)") }
                }
            }
            group.wait()
        }
        if let error = errors.first { throw ValidationError("a writer failed: \(error)") }
        guard try first.verify(anchor: nil).isIntact else { throw ValidationError("chain broken after \(writers) writers") }
        let events = try first.count()
        return (Double(events) / elapsed, Double(writers * writerTransactions) / elapsed)
    }

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// The scratch ledgers of ``BenchEngines``: SQLite files and PostgreSQL databases, removed at the end.
final class BenchEngineScratch {
    let dir: String
    let admin: PostgresURL
    private var files: [String] = []
    private var databases: [String] = []

    init(dir: String, admin: PostgresURL) {
        self.dir = dir
        self.admin = admin
    }

    func make(_ engine: String, _ name: String) throws -> any EventLog {
        if engine == "sqlite" {
            let path = (dir as NSString).appendingPathComponent("engines-\(name).sqlite")
            try? LedgerFile.remove(path)
            files.append(path)
            return try Ledger(path: path)
        }
        let db = "ledger_bench_\(name)_\(getpid())"
        try? PostgresLedger.dropDatabase(db, admin: admin)
        databases.append(db)
        return try PostgresLedger(url: PostgresLedger.createDatabase(db, admin: admin))
    }

    /// Another connection to the same ledger.
    func reopen(_ log: any EventLog) throws -> any EventLog {
        if let server = log as? PostgresLedger { return try PostgresLedger(url: server.url, migrate: false) }
        return try Ledger(path: log.location, mode: .existing)
    }

    func removeAll() {
        for file in files { try? LedgerFile.remove(file) }
        for db in databases { try? PostgresLedger.dropDatabase(db, admin: admin) }
    }
}

final class BenchErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var first: String? { lock.withLock { items.first } }
}
