import Foundation
import GRDB
import LedgerCore
import LedgerKit
import LedgerProjections
import LedgerStore

extension BenchRun {
    /// Ingest with projections, as `ledger ingest` runs it: each batch of generated reports (as many as
    /// `ledger ingest` takes, ``IngestOptions/defaultBatchSize``) is
    /// extracted on every core, and its events encoded there, while the batch before is appended and
    /// projected. Reports, in order:
    /// the ledger calls alone (events/s, as before), the whole pipeline (reports/s, generation left
    /// out), its rate by tenth of the ledger (growth), the extraction alone of the same reports on one
    /// core and on all, and the file's bytes per event by table.
    /// - Returns: the feed, past the reports ingested (the incremental updates take the next ones).
    func ingestStage(_ ledger: Ledger, size: Int, data: BenchData, report: (BenchResult) -> Void, stagePeak: () -> Double) throws -> BenchFeed {
        let batch = IngestOptions.defaultBatchSize, workers = jobs
        var feed = BenchFeed(seed: seed &+ UInt64(size), data: data, size: size)
        var progress = Progress("ingest \(size) \(data.rawValue)", total: size)
        var (appendSeconds, generateSeconds, reports) = (0.0, 0.0, 0)
        var growth = IngestGrowth(size: size)
        /// Generates the next batch (timed apart) and starts its extraction and encoding on every core.
        func startNext() -> Prefetch<([PreparedReport], Result<[EncodedReport], any Error>)> {
            let (raws, seconds) = ResourceUsage.time { feed.generate(batch) }
            generateSeconds += seconds
            return Prefetch(inBackground: workers > 1) {
                let done = ParallelMap.map(raws, workers: workers) { raw in
                    let report = BenchFeed.extract(raw)
                    return (report, Result { try report.encoded() })
                }
                return (done.map(\.0), Result { try done.map { try $0.1.get() } })
            }
        }
        _ = stagePeak()
        ResourceUsage.resetPeak()
        let wallStart = DispatchTime.now().uptimeNanoseconds
        var ahead: Prefetch<([PreparedReport], Result<[EncodedReport], any Error>)>? = startNext()
        while let pending = ahead {
            let batchStart = DispatchTime.now().uptimeNanoseconds
            let generatedBefore = generateSeconds
            let (extracted, encoding) = pending.value()
            let slice = feed.accept(extracted, limit: size)
            let encoded = try encoding.get().prefix(slice.count)
            ahead = feed.events < size ? startNext() : nil
            guard !slice.isEmpty else { break }
            let (_, seconds) = try ResourceUsage.time {
                // The realistic archive is back-filled month by month (`ledger ingest --recorded-at`): the
                // batches of one month share their recorded time.
                let time = data == .realistic ? BenchFeed.recordedMonth(slice) : Timestamp.now()
                return try withLedgerErrors { try ledger.ingest(Array(encoded), recordedAt: time, hook: Projector.hook) }
            }
            appendSeconds += seconds
            reports += slice.count
            let wall = Double(DispatchTime.now().uptimeNanoseconds - batchStart) / 1e9 - (generateSeconds - generatedBefore)
            growth.add(reports: slice.count, seconds: wall, events: feed.events)
            progress.update(feed.events)
        }
        let (_, settleAllSeconds) = try ResourceUsage.time {
            _ = try withLedgerErrors { try ledger.writer.write { db in try Projector.settle(db) } }
            try withLedgerErrors { try ledger.checkpoint() }
        }
        appendSeconds += settleAllSeconds
        let pipelineSeconds = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9 - generateSeconds
        progress.finish()
        let appended = try ledger.eventCount()
        report(BenchResult(size: size, stage: "ingest (append + projections)", value: Double(appended) / appendSeconds, unit: "events/s",
            detail: String(format: "%lld events in %.2f s, batches of %d reports, the ledger calls alone; peak RSS %.0f MB", appended, appendSeconds, batch,
                           stagePeak())))
        let pipelineRate = Double(reports) / pipelineSeconds
        report(BenchResult(size: size, stage: "ingest, extract ∥ append + projections", value: pipelineRate, unit: "reports/s",
            detail: String(format: "%d reports in %.2f s (generation left out), extraction on %d thread(s), a batch ahead when more than one; the settle and checkpoint included",
                           reports, pipelineSeconds, workers)))
        let rates = growth.rates
        report(BenchResult(size: size, stage: "ingest, last tenth / first tenth", value: growth.ratio, unit: "×",
            detail: "reports/s by tenth of the ledger: " + growth.summary))
        // A small ledger fills few tenths (a batch is `batch` reports): the first and last that hold one.
        report(BenchResult(size: size, stage: "ingest, first tenth", value: rates.first { $0 > 0 } ?? 0, unit: "reports/s",
            detail: "extract ∥ append + projections, the first tenth a batch ended in"))
        report(BenchResult(size: size, stage: "ingest, last tenth", value: rates.last { $0 > 0 } ?? 0, unit: "reports/s",
            detail: "extract ∥ append + projections, the last tenth a batch ended in"))
        try extractionOnly(size: size, data: data, reports: reports, pipelineRate: pipelineRate, report: report)
        try fileStage(ledger, size: size, stage: "file bytes per event", report: report)
        return feed
    }

    /// The extraction alone of the ingest's reports (a second feed of the same seed), on one thread
    /// and on every core, generation left out; and the ingest's rate over each.
    func extractionOnly(size: Int, data: BenchData, reports: Int, pipelineRate: Double, report: (BenchResult) -> Void) throws {
        for workers in Set([1, ParallelMap.cores, jobs]).sorted() {
            var feed = BenchFeed(seed: seed &+ UInt64(size), data: data, size: size)
            var (done, seconds) = (0, 0.0)
            while done < reports {
                let raws = feed.generate(min(256, reports - done))
                seconds += ResourceUsage.time { _ = BenchFeed.extract(raws, workers: workers) }.1
                done += raws.count
            }
            let rate = Double(done) / seconds
            report(BenchResult(size: size, stage: "extraction only, \(workers) thread\(workers == 1 ? "" : "s")", value: rate, unit: "reports/s",
                detail: String(format: "the ingest's %d reports; ingest runs at %.2f × this", done, pipelineRate / rate)))
        }
    }

    /// The ledger file's bytes per event, by table (its indexes included), and the file over its
    /// event rows' own bytes.
    func fileStage(_ ledger: Ledger, size: Int, stage: String, report: (BenchResult) -> Void) throws {
        let events = Int(try ledger.eventCount())
        guard let bytes = try withLedgerErrors({ try ledger.writer.read { db in try FileBytes.measure(db) } }) else {
            report(BenchResult(size: size, stage: stage, value: 0, unit: "B/event", detail: "this SQLite has no dbstat table"))
            return
        }
        report(BenchResult(size: size, stage: stage, value: Double(bytes.file) / Double(max(1, events)), unit: "B/event",
            detail: String(format: "file %.1f MB = %.2f × the event rows (%.1f MB); by table, B/event: %@",
                           Double(bytes.file) / 1_048_576, bytes.ratio, Double(bytes.eventRows) / 1_048_576, bytes.perEvent(events))))
    }
}

extension BenchRun {
    /// `ledger compact` on the ledger: the history no as-of time reaches dropped, then VACUUM; the
    /// file's bytes per event by table after it.
    func compactStage(_ ledger: Ledger, size: Int, report: (BenchResult) -> Void) throws {
        let (outcome, seconds) = try ResourceUsage.time {
            try withLedgerErrors { try CompactCommand.compact(ledger) }
        }
        report(BenchResult(size: size, stage: "compact (history no as-of reaches, VACUUM)", value: seconds, unit: "s",
            detail: "\(outcome.marks) projection(s) and \(outcome.versions) version(s) dropped, \(outcome.recoded) value(s) recoded"))
        try fileStage(ledger, size: size, stage: "file bytes per event, after compact", report: report)
    }
}
