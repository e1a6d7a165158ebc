import GRDB
import Foundation
import LedgerCore
import LedgerExtraction
import LedgerProjections
import LedgerStore

/// How ``LedgerSession/ingest(files:options:observer:)`` reads and records reports.
public struct IngestOptions: Sendable {
    /// Metadata (and the encoding) that applies to every report of the call.
    public var overrides: MetadataOverrides
    /// When the reports were really collected (a timestamp; nil: a sidecar's `recorded_at`, else now).
    public var recordedAt: String?
    /// Reports per transaction.
    public var batchSize: Int
    /// The default batch: large enough that a batch's projections share their work. A batch's linking
    /// windows, series and checks are recomputed once for all its reports, and its commit writes each
    /// page it changed once; in a large ledger those pages are spread over hash-keyed indexes, so each
    /// commit's write and `fdatasync` cost more than its reports' own work. Measured on a ledger of a
    /// million events, 1,024 reports ingested as batches of 256, 512, 1,024: 11.9, 9.2, 7.8-8.1 s.
    public static let defaultBatchSize = 1024
    /// Largest report accepted, in bytes.
    public var maxBytes: Int
    /// Threads that read and extract reports, a chunk ahead of the appends (1: one report at a time,
    /// on the appending thread). The events appended are the same either way.
    public var extractionWorkers: Int = ParallelMap.cores
    /// Whether to link the added reports' figures that name no place to the one incident of their
    /// days (``WideClaimLinker``), appending a `claims_linked` event for each.
    public var autolink = true

    /// Options; with no arguments, the defaults of `ledger ingest`.
    public init(
        overrides: MetadataOverrides = MetadataOverrides(), recordedAt: String? = nil, batchSize: Int = IngestOptions.defaultBatchSize,
        maxBytes: Int = ReportDecoder.defaultMaxBytes
    ) {
        self.overrides = overrides
        self.recordedAt = recordedAt
        self.batchSize = batchSize
        self.maxBytes = maxBytes
    }
}

/// What an ingest reports as it goes, in order (``LedgerSession/ingest(files:options:observer:)``).
public enum IngestNote: Sendable, Equatable {
    /// A report appended, with its claims.
    case added(path: String, claims: Int)
    /// A report whose content the ledger already holds: nothing appended.
    case alreadyPresent(path: String)
    /// Something the extractor noticed in a report (it was still read).
    case warning(path: String, message: String)
    /// A report that could not be read; skipped.
    case unreadable(ReportInputError)
    /// A sidecar names an original that cannot be read: the republication is not marked.
    case originalUnreadable(copyPath: String, originalPath: String)
    /// Reports read so far, of all.
    case progress(done: Int, total: Int)
    /// A figure naming no place (or only a region wider than a governorate) linked, by an appended
    /// `claims_linked` event, to the one incident it can be (``WideClaimLinker``).
    case linked(claimID: String, named: String, incidentID: String, place: String)
}

/// What an ingest did.
public struct IngestSummary: Sendable, Equatable {
    /// Reports appended.
    public var added = 0
    /// Claims appended with them.
    public var claims = 0
    /// Reports the ledger already held.
    public var alreadyPresent = 0
    /// Reports that could not be read.
    public var failed = 0
    /// Reports added with no publication date.
    public var undated = 0
    /// Figures naming no place linked to the one incident they can be (one `claims_linked` event each).
    public var linked = 0

    /// A summary; with no arguments, of an ingest that did nothing.
    public init(added: Int = 0, claims: Int = 0, alreadyPresent: Int = 0, failed: Int = 0, undated: Int = 0) {
        self.added = added
        self.claims = claims
        self.alreadyPresent = alreadyPresent
        self.failed = failed
        self.undated = undated
    }
}

extension LedgerSession {
    /// Reads, extracts and appends `files` (report files, or `-` for standard input: expand folders
    /// with ``ReportInputs/expand(_:)``), in one transaction per batch; a report already in the
    /// ledger adds nothing. Creates the ledger when it is missing.
    /// - Parameters:
    ///   - files: report files in order (`-`: standard input).
    ///   - options: metadata overrides, recorded time, batch size, size limit.
    ///   - observer: receives what happens to each report, as it happens.
    public func ingest(
        files: [String], options: IngestOptions = IngestOptions(), observer: (IngestNote) -> Void = { _ in }
    ) throws -> IngestSummary {
        if let engine = try remoteEngine() { return try ingestIntoServer(engine, files: files, options: options, observer: observer) }
        let ledger = try ledger(.create)
        return try withoutActuallyEscaping(observer) { try Ingestor(ledger: ledger, options: options, observer: $0).run(files) }
    }
}

/// The ingest pipeline: read, extract, append in batches, say what happened.
public struct Ingestor {
    let ledger: Ledger
    let options: IngestOptions
    let observer: (IngestNote) -> Void
    let extractor = Extractor()
    /// A server ledger's writer: the batches are appended there, each folded into `ledger`, its
    /// local read-model cache, in the server's transaction (nil: `ledger` is the ledger).
    var remote: (any RemoteBatchWriter)?
    /// The projection checkpoint ingest writes by itself: one, at event 50,000. Each is a snapshot of
    /// the whole fold, held in memory while it is written: the first ingest of a large archive peaked
    /// at 213 MB with this one and at 350-394 MB when a second followed at 100,000 (BENCHMARKS.md).
    /// As-of queries read the history the projector keeps instead; a replay (a time that history
    /// cannot place, `ledger diff`) starts from the checkpoint, and `ledger checkpoint` writes more
    /// on demand.
    public static let automaticCheckpoints: (every: Int64, upTo: Int64) = (50_000, 50_000)

    /// An ingest into `ledger`, telling `observer` what happens.
    public init(ledger: Ledger, options: IngestOptions, observer: @escaping (IngestNote) -> Void) {
        self.ledger = ledger
        self.options = options
        self.observer = observer
    }

    /// Ingests `files` in order and settles the checks the batches left pending.
    public func run(_ files: [String]) throws -> IngestSummary {
        var summary = IngestSummary()
        var batch: [(ReportInput, EncodedReport)] = []
        var batchTime: String?
        var republications: [(copy: String, originalPath: String, copyPath: String)] = []
        var addedReports: [String] = []
        let now = Timestamp.now()

        func flush() throws {
            guard !batch.isEmpty else { return }
            let outcomes = try remote.map { try $0.ingest(batch.map(\.1), recordedAt: batchTime ?? now) }
                ?? ledger.ingest(batch.map(\.1), recordedAt: batchTime ?? now, hook: Projector.hook)
            for ((input, _), outcome) in zip(batch, outcomes) {
                switch outcome {
                case .added(let claims):
                    summary.added += 1
                    addedReports.append(input.meta.contentHash)
                    summary.claims += claims
                    if input.meta.published == nil { summary.undated += 1 }
                    observer(.added(path: input.path, claims: claims))
                case .alreadyPresent:
                    summary.alreadyPresent += 1
                    observer(.alreadyPresent(path: input.path))
                }
            }
            batch.removeAll(keepingCapacity: true)
        }

        // Reports are read and extracted a chunk ahead, on every core, while the chunk before is
        // appended; they are then taken in file order, so the events are the same as one at a time.
        let chunk = max(256, options.batchSize)
        let chunks = stride(from: 0, to: files.count, by: chunk).map { Array(files[$0..<min($0 + chunk, files.count)]) }
        let (options, extractor, workers) = (options, extractor, options.extractionWorkers)
        @Sendable func prepared(_ paths: [String]) -> [Result<Prepared, any Error>] {
            ParallelMap.map(paths, workers: workers) { path in Result { try Self.prepare(path, options: options, extractor: extractor) } }
        }
        func start(_ k: Int) -> Prefetch<[Result<Prepared, any Error>]>? {
            guard k < chunks.count, workers > 1 else { return nil }
            let paths = chunks[k]
            return Prefetch { prepared(paths) }
        }
        /// One prepared report, in file order: its warnings, then into the batch.
        func take(_ path: String, _ result: Result<Prepared, any Error>) throws {
            do {
                let (input, prepared, warnings) = try result.get()
                for warning in warnings { observer(.warning(path: path, message: warning)) }
                let time = options.recordedAt ?? input.recordedAt ?? now
                if time != batchTime || batch.count >= options.batchSize { try flush() }
                batchTime = time
                batch.append((input, prepared))
                if let original = input.republishes {
                    let dir = (path as NSString).deletingLastPathComponent
                    republications.append((input.meta.contentHash, (dir as NSString).appendingPathComponent(original), path))
                }
            } catch let error as ReportInputError {
                observer(.unreadable(error))
                summary.failed += 1
            }
        }

        var ahead = start(0)
        var index = 0
        for k in chunks.indices {
            let results = ahead?.value() ?? prepared(chunks[k])
            ahead = start(k + 1)
            for (path, result) in zip(chunks[k], results) {
                try take(path, result)
                observer(.progress(done: index + 1, total: files.count))
                index += 1
            }
        }

        try flush()
        try remote?.catchUp()
        try markRepublications(republications)
        summary.linked = try linkWideFigures(addedReports)
        // The tally checks the batches left pending, once for the whole run.
        _ = try ledger.writer.write { db in try Projector.settle(db) }
        // Checkpoints keep --as-of replays short (derived data; see `ledger checkpoint`).
        _ = try Replayer.checkpoint(ledger, every: Ingestor.automaticCheckpoints.every, upTo: Ingestor.automaticCheckpoints.upTo)
        return summary
    }

    /// A report read and extracted: its input, its events (encoded), and what the extractor noticed.
    typealias Prepared = (input: ReportInput, report: EncodedReport, warnings: [String])

    /// Reads one report, extracts its claims and encodes its events (on any thread: it calls no
    /// observer). The events' canonical JSON is written here, on the extraction's threads, not by the
    /// one thread that appends and projects; a report the ledger already holds is encoded for nothing.
    static func prepare(_ path: String, options: IngestOptions, extractor: Extractor) throws -> Prepared {
        var input = try ReportInputs.read(path, overrides: options.overrides, maxBytes: options.maxBytes)
        let extraction = extractor.extract(text: input.text, report: input.meta)
        if input.meta.publisher == nil { input.meta.publisher = extraction.inferredPublisher }
        input.meta.language = extraction.language
        let claims = extraction.claims.map { ClaimExtracted(claim: $0, extractorVersion: Extractor.version) }
        let report = PreparedReport(report: ReportIngested(report: input.meta, text: input.text), claims: claims)
        return (input, try report.encoded(), extraction.warnings)
    }

    /// Appends a `claims_linked` event for each figure of (or near) the added reports that names no
    /// place and fits exactly one incident (``WideClaimLinker``). Returns how many.
    func linkWideFigures(_ reports: [String]) throws -> Int {
        guard options.autolink, !reports.isEmpty else { return 0 }
        let proposals = try ledger.writer.read { db in try WideClaimLinker.proposals(db, reports: reports) }
        guard !proposals.isEmpty else { return 0 }
        let events = try proposals.map { try PendingEvent(.claimsLinked($0.linkage)) }
        try appendFollowUps(events)
        for p in proposals { observer(.linked(claimID: p.claimID, named: p.named, incidentID: p.incidentID, place: p.place)) }
        return proposals.count
    }

    /// Appends a republication mark for each sidecar that names an original, once.
    func markRepublications(_ marks: [(copy: String, originalPath: String, copyPath: String)]) throws {
        guard !marks.isEmpty else { return }
        var events: [PendingEvent] = []
        // The read model knows every mark already made; scanning the log for them would read it all.
        let marked = try ledger.writer.read { db in
            let store = ReadModelStore(db)
            return Set(try marks.map(\.copy).filter { try store.republication($0) != nil })
        }
        for mark in marks where !marked.contains(mark.copy) {
            guard let bytes = FileManager.default.contents(atPath: mark.originalPath) else {
                observer(.originalUnreadable(copyPath: mark.copyPath, originalPath: mark.originalPath))
                continue
            }
            let original = EventHash.sha256Hex([UInt8](bytes))
            events.append(try PendingEvent(.reportMarkedRepublication(
                ReportMarkedRepublication(report: mark.copy, original: original, reason: "sidecar: republishes \((mark.originalPath as NSString).lastPathComponent)"))))
        }
        if !events.isEmpty { try appendFollowUps(events) }
    }

    /// Appends events that follow from the reports just added (marks, automatic links), to the server
    /// when ingesting into one; recorded when the reports were, when a recorded time was given.
    private func appendFollowUps(_ events: [PendingEvent]) throws {
        let at = options.recordedAt ?? Timestamp.now()
        if let remote {
            _ = try remote.append(events, recordedAt: at)
        } else {
            _ = try ledger.append(events, recordedAt: at, hook: Projector.hook)
        }
    }
}
