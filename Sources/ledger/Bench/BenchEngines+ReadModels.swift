import Foundation
import GRDB
import LedgerKit
import LedgerKitPostgres
import LedgerPostgres
import LedgerProjections
import LedgerStore

extension BenchEngines {
    /// Ingest with the read models, batches of 256 reports, on the same reports: SQLite (the projector
    /// in the append's transaction); PostgreSQL with the local cache caught up after each batch (the
    /// path before the server held read models) and with the server's read models written in each
    /// batch's transaction (``ServerWriter``). The pending checks settled at the end in each case.
    func ingestWithReadModels(_ reports: [EncodedReport], total: Int, scratch: BenchEngineScratch) throws -> [BenchResult] {
        let recordedAt = "2024-01-01T00:00:00.000Z"
        var results: [BenchResult] = []
        func batches(_ body: ([EncodedReport]) throws -> Void) throws {
            for start in stride(from: 0, to: reports.count, by: 256) { try body(Array(reports[start..<min(start + 256, reports.count)])) }
        }
        let file = try scratch.make("sqlite", "readmodels") as! Ledger
        let sqlite = try Self.time {
            try batches { _ = try file.ingest($0, recordedAt: recordedAt, hook: Projector.hook) }
            _ = try file.writer.write { db in try Projector.settle(db) }
        }
        results.append(BenchResult(size: total, stage: "sqlite: ingest with read models", value: Double(total) / sqlite, unit: "events/s", detail: "the projector in each append's transaction"))
        for mirrored in [false, true] {
            let server = try scratch.make("postgres", mirrored ? "mirrored" : "cached") as! PostgresLedger
            let cache = ReadModelCache(url: server.url, directory: dir)
            try? LedgerFile.remove(cache.path)
            defer { try? LedgerFile.remove(cache.path) }
            let ledger = try cache.catchUp(from: server).ledger
            let writer = ServerWriter(server: server, cache: ledger)
            let elapsed = try Self.time {
                try batches { batch in
                    if mirrored {
                        try writer.ingest(batch, recordedAt: recordedAt)
                    } else {
                        try server.ingest(batch, recordedAt: recordedAt)
                        _ = try cache.catchUp(from: server)
                    }
                }
            }
            let rows = try server.texts("SELECT count(*)::text FROM rm_claims").first ?? nil
            results.append(mirrored
                ? BenchResult(size: total, stage: "postgres: ingest, read models on the server", value: Double(total) / elapsed, unit: "events/s", detail: "append, fold in the cache and write the changed rows in one server transaction (\(rows ?? "?") claims on the server)")
                : BenchResult(size: total, stage: "postgres: ingest, read models in the cache only", value: Double(total) / elapsed, unit: "events/s", detail: "append, then the cache caught up (the path before the server held read models)"))
        }
        return results
    }
}
