import ArgumentParser
import GRDB
import Foundation
import LedgerCore
import LedgerKit
import LedgerExport
import LedgerExtraction
import LedgerProjections
import LedgerStore

/// `ledger bench`: measure every hot path on generated data.
struct BenchCommand: ParsableCommand {
    /// What `ledger_info.created_by` says of the ledgers the benchmark makes.
    static let origin = "bench"

    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction, append, verify, projection and query speed on generated reports.",
        discussion: """
            Generates realistic synthetic reports (Arabic and English, the sample corpus's styles, varied \
            figures, places and dates), then for each size measures: extraction (reports/s and MB/s per \
            language), append with the hash chain (events/s, batched), full replay with chain verification \
            (events/s), projection rebuild (events/s), the incremental update after one new report (ms), \
            and peak memory. Run it on a release build: `swift run -c release ledger bench`.

            tools/bench-baseline.sh compares the figures with plain SQLite and a peer event store on the \
            same rows (see BENCHMARKS.md).

            Examples:
              ledger bench --sizes 10000
              ledger bench --sizes 10000,100000,1000000 --format json > bench.json
              ledger bench --only extract --extract-reports 10000
              ledger bench generate --out /tmp/reports --count 5000
            """,
        subcommands: [BenchRun.self, BenchIncremental.self, BenchGenerate.self, BenchEngines.self],
        defaultSubcommand: BenchRun.self
    )
}

struct BenchRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark (the default).")
    /// Ledgers up to this many events also time the whole reconciliation replayed from the first event.
    static let fullReplayUpTo: Int64 = 100_000

    @Option(name: .long, help: "Comma-separated ledger sizes, in events.")
    var sizes: String = "10000,100000"

    @Option(name: .long, help: "Reports per language for the extraction stage.")
    var extractReports: Int = 2000

    @Option(name: .long, help: "Folder for the benchmark ledgers (kept, for tools/bench-baseline.sh).")
    var dir: String = ".bench"

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Random seed for the generated reports.")
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp(
        "The data of the projections' stages, comma-separated: hard (one area, 540 days: groups grow with the ledger), realistic (many places, publishers and years).",
        valueName: "kinds"))
    var data: String = "hard,realistic"

    @Option(name: .long, help: ArgumentHelp(
        "Threads extracting the next batch while one is ingested (default: every core; 1: extraction, then the append, one after the other).",
        valueName: "n"))
    var jobs: Int = ParallelMap.cores

    /// The kinds of data `--data` names.
    var dataKinds: [BenchData] { data.split(separator: ",").compactMap { BenchData(rawValue: $0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        if dataKinds.isEmpty { throw ValidationError("--data must name hard, realistic or both, e.g. hard,realistic") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    @Option(name: .long, help: ArgumentHelp(
        "Run only a part: extract (extraction throughput, no ledger) or store (append, encode + append, replay + verify, without read models).",
        valueName: "part"))
    var only: BenchStage?

    func run() throws {
        let sizeList = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizeList.isEmpty else { throw ValidationError("--sizes must list event counts, e.g. 10000,100000") }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var results: [BenchResult] = []
        func report(_ r: BenchResult) {
            results.append(r)
            if format == .table { FileHandleOutput.stderr.write("  \(r.stage): \(r.cells[2]) \(r.unit) \(r.detail)\n") }
        }
        if only != .store { results += extractionStage() }
        if format == .table { for r in results { FileHandleOutput.stderr.write("  \(r.stage): \(r.cells[2]) \(r.unit)\n") } }
        var runPeak = ResourceUsage.stagePeakRSS()
        for size in sizeList where only != .extract {
            runPeak = max(runPeak, try ledgerStages(size: size, report: report))
        }
        runPeak = max(runPeak, ResourceUsage.stagePeakRSS())
        report(BenchResult(size: 0, stage: "peak memory", value: Double(runPeak) / 1_048_576, unit: "MB", detail: "max RSS of the whole run"))
        if format == .json {
            let doc = BenchDocument(version: LedgerCommand.configuration.version, machine: BenchDocument.machine(), results: results)
            out(try Renderer.prettyJSON(doc) + "\n")
        } else {
            out(try Output.render(results, as: .table))
        }
        FileHandleOutput.stdout.flush()
    }

    /// Extraction throughput per language, on `extractReports` reports each.
    func extractionStage() -> [BenchResult] {
        var generator = ReportGenerator(seed: seed)
        var arabic: [(String, ReportMeta)] = [], english: [(String, ReportMeta)] = []
        var i = 0
        while arabic.count < extractReports || english.count < extractReports {
            let r = generator.report(i)
            let meta = ReportMeta(contentHash: String(i), published: r.published)
            if r.language == "ar" { arabic.append((r.text, meta)) } else { english.append((r.text, meta)) }
            i += 1
        }
        let extractor = Extractor()
        var results: [BenchResult] = []
        for (lang, reports) in [("ar", arabic), ("en", english)] {
            let bytes = reports.reduce(0) { $0 + $1.0.utf8.count }
            var claims = 0
            let (_, seconds) = ResourceUsage.time {
                for (text, meta) in reports { claims += extractor.extract(text: text, report: meta).claims.count }
            }
            results.append(BenchResult(size: reports.count, stage: "extract \(lang)", value: Double(reports.count) / seconds, unit: "reports/s",
                detail: String(format: "%.1f MB/s, %.0f B/report, %d claims", Double(bytes) / seconds / 1_048_576, Double(bytes) / Double(reports.count), claims)))
        }
        return results
    }

    /// Every stage on a ledger of `size` events: the projections' stages, then the store's own.
    ///
    /// Reports are generated and extracted batch by batch (extraction is measured on its own above);
    /// only the ledger calls are timed, and the generator never holds more than one batch, so the
    /// memory measured is the ledger's.
    /// - Returns: the largest peak RSS of its stages, in bytes.
    func ledgerStages(size: Int, report: (BenchResult) -> Void) throws -> Int {
        var peak = ResourceUsage.stagePeakRSS()
        /// The peak since the last reset, folded into the run's.
        func stagePeak() -> Double {
            let p = ResourceUsage.stagePeakRSS()
            peak = max(peak, p)
            return Double(p) / 1_048_576
        }
        for kind in dataKinds where only != .store {
            // The realistic data's figures are named apart; the hard data's keep their names.
            try projectionStages(size: size, data: kind, stagePeak: stagePeak) { r in
                var r = r
                if kind != .hard { r.stage = "\(kind.rawValue): \(r.stage)" }
                report(r)
            }
        }
        try storeStages(size: size, report: report)
        _ = stagePeak()
        return peak
    }

    /// Ingest with projections, incremental update, replay + verify, rebuild, as-of and export.
    func projectionStages(size: Int, data: BenchData, stagePeak: () -> Double, report: (BenchResult) -> Void) throws {
        let name = data == .hard ? "bench-\(size).sqlite" : "bench-\(size)-\(data.rawValue).sqlite"
        let ledger = try freshLedger((dir as NSString).appendingPathComponent(name))
        var feed = try ingestStage(ledger, size: size, data: data, report: report, stagePeak: stagePeak)
        // Incremental update: more reports on the large ledger, one transaction each; the median of
        // nine (one report's update depends on how many claims its days hold).
        var updates: [Double] = []
        for _ in 0..<9 {
            let report = feed.next()
            updates.append(try BenchIncremental.update(ledger, report) * 1000)
            // Not timed: the update's own commit is durable; this leaves no WAL checkpoint running under the next one.
            try withLedgerErrors { try ledger.checkpoint() }
        }
        updates.sort()
        report(BenchResult(size: size, stage: "incremental update, one report", value: updates[updates.count / 2], unit: "ms",
            detail: String(format: "median of %d reports, each appended with its projections in one transaction (%.1f–%.1f ms); tally checks left for the next query",
                           updates.count, updates[0], updates[updates.count - 1])))
        let (settled, settleSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try ledger.writer.write { db in try Projector.settle(db) } }
        }
        report(BenchResult(size: size, stage: "deferred tally checks, at the next query", value: settleSeconds * 1000, unit: "ms",
            detail: "\(settled) series' latest tally against every incident of its area and period"))

        try verifyStage(ledger, size: size, stage: "replay + verify, ledger with read models", report: report)
        let total = try ledger.eventCount()

        // Projection rebuild: drop the read models and fold the whole log again.
        _ = stagePeak()
        ResourceUsage.resetPeak()
        let (_, rebuildSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try ledger.writer.write { db in _ = try Projector.rebuild(db) } }
            try withLedgerErrors { try ledger.checkpoint() }
        }
        report(BenchResult(size: size, stage: "projection rebuild", value: Double(total) / rebuildSeconds, unit: "events/s",
            detail: String(format: "%.2f s; peak RSS %.0f MB", rebuildSeconds, stagePeak())))
        try readableColumnsStage(ledger, size: size, total: total, withSeconds: rebuildSeconds, report: report)

        // As-of queries at a past time, the recorded time of the event 90 % into the log: totals from
        // the totals history; the whole reconciliation replayed from the first event, and from the
        // nearest checkpoint (every 50,000 events, or every quarter of a small ledger), up to
        // `fullReplayUpTo` events.
        let asOfSeq = max(1, total * 9 / 10)
        let asOf = try withLedgerErrors {
            try ledger.writer.read { db in try String.fetchOne(db, sql: "SELECT recorded_at FROM events WHERE seq = ?", arguments: [asOfSeq]) }
        } ?? Timestamp.now()
        // Totals as of then, read from the totals history the projector kept during the ingest (and
        // the rebuild above closed and reopened at the head): the query `ledger totals --as-of` runs.
        _ = stagePeak()
        ResourceUsage.resetPeak()
        let (historic, historicSeconds) = try ResourceUsage.time { try totalsCSV(ledger, asOf: asOf) }
        let versions = try withLedgerErrors { try ledger.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_incident_history") ?? 0 } }
        report(BenchResult(size: size, stage: "as-of totals, from the totals history", value: historicSeconds * 1000, unit: "ms",
            detail: String(format: "%d totals (CSV) as of event %lld, from %d incident versions; peak RSS %.0f MB",
                           historic.rows, historic.seq, versions, stagePeak())))

        // The same half-way through the log, where neither end of the history is near (both version
        // indexes walk about half the versions there).
        let midSeq = max(1, total / 2)
        let mid = try withLedgerErrors {
            try ledger.writer.read { db in try String.fetchOne(db, sql: "SELECT recorded_at FROM events WHERE seq = ?", arguments: [midSeq]) }
        } ?? asOf
        let (midAnswer, midSeconds) = try ResourceUsage.time { try totalsCSV(ledger, asOf: mid) }
        report(BenchResult(size: size, stage: "as-of totals mid-log, from the totals history", value: midSeconds * 1000, unit: "ms",
            detail: String(format: "%d totals (CSV) as of event %lld (50 %% into the log)", midAnswer.rows, midAnswer.seq)))

        try historyStages(ledger, size: size, asOf: asOf, report: report, stagePeak: stagePeak)
        if total <= Self.fullReplayUpTo {
            // The fallback for times the history cannot tell: a fold of the log in memory.
            _ = stagePeak()
            ResourceUsage.resetPeak()
            let (full, fullSeconds) = try ResourceUsage.time {
                try withLedgerErrors { () -> ReplayStats in
                    let (state, stats) = try Replayer.state(ledger, asOf: asOf, useCheckpoints: false)
                    _ = Reconciler.reconcile(state.records(), links: state.links)
                    return stats
                }
            }
            report(BenchResult(size: size, stage: "as-of reconciliation, replayed", value: fullSeconds * 1000, unit: "ms",
                detail: String(format: "the fallback: fold of %d events from the first, and reconciliation; peak RSS %.0f MB",
                               full.eventsFolded, stagePeak())))
            try checkpointStage(ledger, size: size, asOf: asOf, report: report, stagePeak: stagePeak)
        }

        // Export of reconciled totals (the incidents as they stand), as `ledger export --what totals` does.
        let (exported, exportSeconds) = try ResourceUsage.time { try totalsCSV(ledger, asOf: nil) }
        report(BenchResult(size: size, stage: "export totals (CSV)", value: Double(exported.rows) / exportSeconds, unit: "rows/s",
            detail: String(format: "%d rows in %.3f s, read models included", exported.rows, exportSeconds)))
        try compactStage(ledger, size: size, report: report)
    }

    /// The whole reconciliation as of `asOf`, from the read models' history: counted, as `ledger replay
    /// --as-of` shows it, and read whole, each claim and discrepancy decoded and dropped in turn (as a
    /// streaming export would read it).
    func historyStages(_ ledger: Ledger, size: Int, asOf: String, report: (BenchResult) -> Void, stagePeak: () -> Double) throws {
        let seq = try withLedgerErrors { try ledger.writer.read { db in try ReadModelHistory.seq(db, asOf: asOf) } }
        guard let seq else { throw ValidationError("the read models' history could not answer as of \(asOf)") }
        _ = stagePeak()
        ResourceUsage.resetPeak()
        let (counts, countSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try ReadModelHistory.counts(ledger.writer, at: seq) }
        }
        report(BenchResult(size: size, stage: "as-of summary, from the history", value: countSeconds * 1000, unit: "ms",
            detail: String(format: "what `ledger replay --as-of` shows, as of event %lld: %d claims in %d reports, %d incidents, %d series points, %d discrepancies counted; peak RSS %.0f MB",
                           seq, counts.claims, counts.reports, counts.incidents, counts.seriesPoints,
                           counts.discrepancies.values.reduce(0, +), stagePeak())))

        _ = stagePeak()
        ResourceUsage.resetPeak()
        let (read, readSeconds) = try ResourceUsage.time {
            try withLedgerErrors {
                try ledger.writer.read { db -> (claims: Int, discrepancies: Int) in
                    let store = ReadModelStore(db)
                    var (claims, discrepancies) = (0, 0)
                    try store.forEachClaim(at: seq) { _ in claims += 1 }
                    let derived = try ReadModelHistory.derivedChecks(db, at: seq)
                    try ReadModelHistory.forEachDiscrepancy(db, at: seq, derived: derived) { _ in discrepancies += 1 }
                    return (claims, discrepancies)
                }
            }
        }
        report(BenchResult(size: size, stage: "as-of reconciliation, from the history", value: readSeconds * 1000, unit: "ms",
            detail: String(format: "every claim (%d), series point and discrepancy (%d) decoded one at a time, incidents whole, tally checks derived; peak RSS %.0f MB",
                           read.claims, read.discrepancies, stagePeak())))
    }

    /// Reconciled totals as of `asOf` (now, when nil) from the totals history, written as CSV, as
    /// `ledger export --what totals` does.
    /// - Returns: the rows written and the last event they reflect.
    func totalsCSV(_ ledger: Ledger, asOf: String?) throws -> (rows: Int, seq: Int64) {
        let answer = try withLedgerErrors { try ledger.writer.read { db in try TotalsHistory.totals(db, asOf: asOf) } }
        guard let answer else { throw ValidationError("the totals history could not answer as of \(asOf ?? "now")") }
        _ = ExportWriter.csv(ExportTables.totals(answer.totals, seqOf: answer.claimSeqs), hxl: true)
        return (answer.totals.count, answer.lastSeq)
    }

    /// The whole reconciliation as of `asOf`, replayed from the nearest projection checkpoint
    /// (written as ingest writes them, or every quarter of a small ledger).
    func checkpointStage(_ ledger: Ledger, size: Int, asOf: String, report: (BenchResult) -> Void, stagePeak: () -> Double) throws {
        let total = try ledger.eventCount()
        let every = min(Ingestor.automaticCheckpoints.every, max(1, total / 4))
        _ = stagePeak()
        ResourceUsage.resetPeak()
        let (_, checkpointSeconds) = try ResourceUsage.time {
            _ = try withLedgerErrors { try Replayer.checkpoint(ledger, every: every) }
            try withLedgerErrors { try ledger.checkpoint() }
        }
        let (replayed, fromCheckpointSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try Replayer.reconcile(ledger, asOf: asOf, through: nil) }
        }
        report(BenchResult(size: size, stage: "as-of reconciliation, from a checkpoint", value: fromCheckpointSeconds * 1000, unit: "ms",
            detail: String(format: "checkpoints every %lld events (writing them took %.2f s); from the one at %lld, %d events folded, then reconciled; peak RSS %.0f MB (writing checkpoints included)",
                           every, checkpointSeconds, replayed.1.checkpointSeq ?? 0, replayed.1.eventsFolded, stagePeak())))
    }

    /// The store's own speed, without read models, on two more ledgers of the same rows (the same
    /// feed as the projections' ledger, less its incremental report):
    /// - append: reports already encoded as canonical JSON (idempotence checks, sequence numbers,
    ///   hash chain, insert, commit), into `bench-N-append-only.sqlite`, kept for the baselines;
    /// - ingest: the same reports from their decoded form (encoding + append), into a scratch ledger.
    /// Both end with a checkpoint of the WAL into the database file, timed, as the sqlite3 baseline's
    /// commit does. Only the ledger calls are timed (the encoding, for the first, is not).
    /// Passes of the plain append, each on a fresh file; the best is reported.
    static let appendPasses = 3

    func storeStages(size: Int, report: (BenchResult) -> Void) throws {
        let batch = 256
        let plainPath = (dir as NSString).appendingPathComponent("bench-\(size)-append-only.sqlite")
        let plain = try freshLedger(plainPath)
        var feed = BenchFeed(seed: seed &+ UInt64(size))
        var passes = [try fill(plain, from: &feed, size: size, batch: batch, preEncoded: true)]
        let plainCount = try plain.eventCount()
        // Each commit waits on `fdatasync`, whose time swings between runs on a shared disk: the same
        // rows appended again into fresh files, and the best pass reported (as the baselines report theirs).
        for pass in 2...Self.appendPasses {
            let path = (dir as NSString).appendingPathComponent("bench-\(size)-append-pass-\(pass).sqlite")
            let again = try freshLedger(path)
            var same = BenchFeed(seed: seed &+ UInt64(size))
            passes.append(try fill(again, from: &same, size: size, batch: batch, preEncoded: true))
            try? again.writer.close()
            try? LedgerFile.remove(path)
        }
        let best = passes.min() ?? 0
        report(BenchResult(size: size, stage: "append (hash chain, no projections)", value: Double(plainCount) / best, unit: "events/s",
            detail: String(format: "%lld events, pre-encoded, batches of %d reports; best of %d passes on fresh files: %@ s", plainCount, batch,
                           passes.count, passes.map { String(format: "%.2f", $0) }.joined(separator: ", "))))

        let ingestPath = (dir as NSString).appendingPathComponent("bench-\(size)-ingest-only.sqlite")
        let ingest = try freshLedger(ingestPath)
        var ingestFeed = BenchFeed(seed: seed &+ UInt64(size))
        let ingestSeconds = try fill(ingest, from: &ingestFeed, size: size, batch: batch, preEncoded: false)
        let ingestCount = try ingest.eventCount()
        report(BenchResult(size: size, stage: "ingest (encode + append, no projections)", value: Double(ingestCount) / ingestSeconds, unit: "events/s",
            detail: String(format: "%lld events in %.2f s, batches of %d reports", ingestCount, ingestSeconds, batch)))
        // The projections' incremental report, without projections, on the scratch ledger (whose rows
        // are the same): the floor the incremental update stands on (one transaction, its fsync, the
        // hash chain).
        let last = ingestFeed.next()
        let (_, oneSeconds) = try ResourceUsage.time {
            _ = try withLedgerErrors { try ingest.ingest([last], recordedAt: Timestamp.now()) }
        }
        report(BenchResult(size: size, stage: "append one report, no projections", value: oneSeconds * 1000, unit: "ms",
            detail: "the incremental update's floor: one transaction and its fsync"))
        try? ingest.writer.close()
        try? LedgerFile.remove(ingestPath)

        // On the same file the baselines read: the log alone, its pages in order.
        try verifyStage(plain, size: size, stage: "replay + verify", report: report)
    }

    /// Appends the feed's reports up to `size` events without projections, then checkpoints the WAL;
    /// returns the seconds of the ledger calls alone (with `preEncoded`, the reports are encoded
    /// before the clock starts).
    func fill(_ ledger: Ledger, from feed: inout BenchFeed, size: Int, batch: Int, preEncoded: Bool) throws -> Double {
        var seconds = 0.0
        while case let slice = feed.batch(batch, limit: size), !slice.isEmpty {
            if preEncoded {
                let encoded = try slice.map { try $0.encoded() }
                seconds += try ResourceUsage.time { _ = try withLedgerErrors { try ledger.ingest(encoded, recordedAt: Timestamp.now()) } }.1
            } else {
                seconds += try ResourceUsage.time { _ = try withLedgerErrors { try ledger.ingest(slice, recordedAt: Timestamp.now()) } }.1
            }
        }
        return seconds + (try ResourceUsage.time { try withLedgerErrors { try ledger.checkpoint() } }.1)
    }

    /// Full replay with chain verification.
    func verifyStage(_ ledger: Ledger, size: Int, stage: String, report: (BenchResult) -> Void) throws {
        let (result, verifySeconds) = try ResourceUsage.time { try withLedgerErrors { try ledger.verify() } }
        guard result.isIntact else {
            printError("bench ledger failed verification: \(result)")
            throw LedgerExit.checkFailed
        }
        let total = try ledger.eventCount()
        report(BenchResult(size: size, stage: stage, value: Double(total) / verifySeconds, unit: "events/s", detail: String(format: "%.2f s", verifySeconds)))
    }

    /// A new, empty ledger at `path`, marked as the benchmark's. An older one that the benchmark made
    /// is removed first; any other file there stops the benchmark (a usage error): it never replaces a
    /// ledger or a file it did not make.
    func freshLedger(_ path: String) throws -> Ledger {
        switch LedgerFile.inspect(path) {
        case .missing:
            break
        case .ledger(let createdBy) where createdBy == BenchCommand.origin:
            try? LedgerFile.remove(path)
        default:
            printError("\(path): not a ledger `ledger bench` made; the benchmark leaves it alone (choose another --dir)")
            throw LedgerExit.usage
        }
        let ledger = try withLedgerErrors { try Ledger(path: path) }
        try withLedgerErrors { try ledger.markCreated(by: BenchCommand.origin) }
        return ledger
    }

}

/// A part of the benchmark `ledger bench --only` runs by itself.
enum BenchStage: String, ExpressibleByArgument, CaseIterable {
    /// Extraction throughput, no ledger.
    case extract
    /// The store's own stages (append, encode + append, replay + verify), no read models.
    case store
}

/// The JSON document `ledger bench --format json` prints.
struct BenchDocument: Encodable {
    var version: String
    var machine: Machine
    var results: [BenchResult]

    struct Machine: Encodable {
        var cores: Int
        var memoryGB: UInt64
        var os: String
        enum CodingKeys: String, CodingKey { case cores, memoryGB = "memory_gb", os }
    }

    static func machine() -> Machine {
        let info = ProcessInfo.processInfo
        return Machine(cores: info.activeProcessorCount, memoryGB: info.physicalMemory / 1_073_741_824, os: info.operatingSystemVersionString)
    }
}

/// `ledger bench generate`: write generated reports to a folder (for crash tests and baselines).
struct BenchGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write generated reports (with .meta.json sidecars) to a folder.")

    @Option(name: .long, help: "Folder to write into (created if missing).")
    var out: String

    @Option(name: .long, help: "How many reports.")
    var count: Int = 1000

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "The data: hard (one area, 540 days) or realistic (many places, sixty publishers, ten years over --count reports).")
    var data: BenchData = .hard

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var generator = ReportGenerator(seed: seed, data: data, expectedReports: count)
        for i in 0..<count {
            let r = generator.report(i)
            let path = (out as NSString).appendingPathComponent(r.name)
            // Generated names are fixed by the index: a file already there is someone's, and stays.
            if FileManager.default.fileExists(atPath: path) {
                printError("\(path): already exists; `bench generate` writes only new files (choose an empty --out)")
                throw LedgerExit.usage
            }
            try Data(r.text.utf8).write(to: URL(fileURLWithPath: path))
            let meta = "{\"published\": \"\(r.published)\", \"publisher\": \"\(r.publisher)\"}\n"
            try Data(meta.utf8).write(to: URL(fileURLWithPath: (path as NSString).deletingPathExtension + ".meta.json"))
        }
        print("wrote \(count) reports to \(out)")
    }
}
