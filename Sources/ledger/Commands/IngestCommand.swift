import ArgumentParser
import Foundation
import GRDB
import LedgerCore
import LedgerExport
import LedgerExtraction
import LedgerProjections
import LedgerStore

/// `ledger ingest`: append reports and their claims to the ledger.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Append reports and the claims extracted from them to the ledger.",
        discussion: """
            PATH may be a file, a folder (searched recursively for *.txt, *.md and *.html; files and folders \
            starting with a dot are skipped) or - for standard input. Each report is stored whole, with its \
            SHA-256 content hash, its metadata and every claim the extractor finds, in one transaction per \
            batch. A report whose content is already in the ledger adds nothing, so re-running an ingest is \
            a no-op that says so.

            Metadata comes from the flags (they apply to every report of the call) or from a sidecar \
            NAME.meta.json beside a report: {"published": "2023-06-10", "publisher": "...", "source_url": \
            "...", "recorded_at": "2023-06-11T08:00:00Z", "republishes": "other-report.txt"}. A publisher \
            the text names as itself is used when neither gives one.

            A report that cannot be read (empty, binary, invalid UTF-8, too large) is named on standard \
            error and skipped; the others are appended and the exit code is 3.

            Examples:
              ledger ingest reports/
              ledger ingest --published 2024-03-02 --publisher "Enab Baladi" article.txt
              curl -s ... | ledger ingest --source-url https://... -
              ledger ingest --recorded-at 2023-01-15T09:00:00Z archive/2023-01/
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "Report files, folders, or - for standard input.")
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Publication date for every report (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(name: .long, help: "Publisher for every report.")
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("Source address for every report.", valueName: "url"))
    var sourceURL: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When the reports were really collected (ISO 8601; default now). Use it to back-fill an archive.",
            valueName: "time"))
    var recordedAt: String?

    @Option(name: .long, help: ArgumentHelp("Reports per transaction.", valueName: "n"))
    var batchSize: Int = 256

    @Option(name: .long, help: ArgumentHelp("Largest report accepted, in bytes.", valueName: "bytes"))
    var maxBytes: Int = ReportDecoder.defaultMaxBytes

    @Option(name: .long, help: ArgumentHelp(
        "Read every report in this encoding instead of detecting it: utf-8, utf-16le, utf-16be or cp1256 (Windows Arabic).",
        valueName: "name"))
    var encoding: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors and the summary line.")
    var quiet = false

    func validate() throws {
        if let encoding, ReportEncoding(name: encoding) == nil {
            throw ValidationError("--encoding must be utf-8, utf-16le, utf-16be or cp1256, not '\(encoding)'")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published must be a date as YYYY-MM-DD, not '\(published)'")
        }
        if let recordedAt, Timestamp.parse(recordedAt) == nil {
            throw ValidationError("--recorded-at must be an ISO 8601 date or time, not '\(recordedAt)'")
        }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let overrides = MetadataOverrides(
            published: published.flatMap { Day(iso: $0) }, publisher: publisher, sourceURL: sourceURL,
            encoding: encoding.flatMap(ReportEncoding.init(name:)))
        let (files, expandErrors) = ReportInputs.expand(paths)
        for error in expandErrors { printError(error.description) }
        if files.isEmpty {
            throw expandErrors.isEmpty ? ValidationError("no reports given") : LedgerExit.badInput
        }
        let ledger = try ledger.open(create: true)
        let summary = try Ingestor(
            ledger: ledger, overrides: overrides, recordedAt: recordedAt.flatMap { Timestamp.parse($0) },
            batchSize: batchSize, maxBytes: maxBytes, quiet: quiet
        ).run(files)
        let head = try withLedgerErrors { try ledger.head() }
        out(
            "\(summary.added) report(s) added with \(summary.claims) claim(s); \(summary.alreadyPresent) already in the ledger"
                + (summary.failed > 0 ? "; \(summary.failed) could not be read" : "")
                + ". \(head.seq) events, head \(head.hash.prefix(16))…\n")
        if summary.undated > 0 {
            out("\(summary.undated) report(s) had no publication date: their relative dates (\"yesterday\", \"on Tuesday\") "
                + "stay unresolved and their incidents undated; give one with --published or a sidecar.\n")
        }
        if summary.added == 0 && summary.alreadyPresent > 0 && summary.failed == 0 {
            out("Nothing new: every report was already in the ledger.\n")
        }
        FileHandleOutput.stdout.flush()
        if summary.failed > 0 || !expandErrors.isEmpty { throw LedgerExit.badInput }
    }
}

/// The ingest pipeline: read, extract, append in batches, say what happened.
struct Ingestor {
    struct Summary {
        var added = 0
        var claims = 0
        var alreadyPresent = 0
        var failed = 0
        /// Reports added with no publication date.
        var undated = 0
    }

    let ledger: Ledger
    let overrides: MetadataOverrides
    let recordedAt: String?
    let batchSize: Int
    let maxBytes: Int
    let quiet: Bool
    let extractor = Extractor()
    /// The projection checkpoints ingest writes by itself: one every 50,000 events, for the first
    /// 100,000. Each is a snapshot of the whole fold, so writing one past that would hold hundreds of
    /// megabytes; as-of totals read the totals history instead, and `ledger checkpoint` writes more
    /// on demand.
    static let automaticCheckpoints: (every: Int64, upTo: Int64) = (50_000, 100_000)

    func run(_ files: [String]) throws -> Summary {
        var summary = Summary()
        var progress = Progress("ingest", total: files.count)
        var batch: [(ReportInput, PreparedReport)] = []
        var batchTime: String?
        var republications: [(copy: String, originalPath: String, copyPath: String)] = []
        let now = Timestamp.now()

        func flush() throws {
            guard !batch.isEmpty else { return }
            let outcomes = try withLedgerErrors {
                try ledger.ingest(batch.map(\.1), recordedAt: batchTime ?? now, hook: Projector.hook)
            }
            for ((input, _), outcome) in zip(batch, outcomes) {
                switch outcome {
                case .added(let claims):
                    summary.added += 1
                    summary.claims += claims
                    if input.meta.published == nil { summary.undated += 1 }
                    if !quiet { out("added    \(input.path)  \(claims) claim(s)\n") }
                case .alreadyPresent:
                    summary.alreadyPresent += 1
                    if !quiet { out("present  \(input.path)  (already in the ledger)\n") }
                }
            }
            batch.removeAll(keepingCapacity: true)
        }

        for (index, path) in files.enumerated() {
            do {
                var input = try ReportInputs.read(path, overrides: overrides, maxBytes: maxBytes)
                let extraction = extractor.extract(text: input.text, report: input.meta)
                if !quiet { for warning in extraction.warnings { printError("\(path): \(warning)") } }
                if input.meta.publisher == nil { input.meta.publisher = extraction.inferredPublisher }
                input.meta.language = extraction.language
                let claims = extraction.claims.map { ClaimExtracted(claim: $0, extractorVersion: Extractor.version) }
                let prepared = PreparedReport(report: ReportIngested(report: input.meta, text: input.text), claims: claims)
                let time = recordedAt ?? input.recordedAt ?? now
                if time != batchTime || batch.count >= batchSize { try flush() }
                batchTime = time
                batch.append((input, prepared))
                if let original = input.republishes {
                    let dir = (path as NSString).deletingLastPathComponent
                    republications.append((input.meta.contentHash, (dir as NSString).appendingPathComponent(original), path))
                }
            } catch let error as ReportInputError {
                printError(error.description)
                summary.failed += 1
            }
            progress.update(index + 1)
        }
        try flush()
        progress.finish()
        try markRepublications(republications)
        // The tally checks the batches left pending, once for the whole run.
        _ = try withLedgerErrors { try ledger.writer.write { db in try Projector.settle(db) } }
        // Checkpoints keep --as-of replays short (derived data; see `ledger checkpoint`).
        _ = try withLedgerErrors {
            try Replayer.checkpoint(ledger, every: Ingestor.automaticCheckpoints.every, upTo: Ingestor.automaticCheckpoints.upTo)
        }
        return summary
    }

    /// Appends a republication mark for each sidecar that names an original, once.
    func markRepublications(_ marks: [(copy: String, originalPath: String, copyPath: String)]) throws {
        guard !marks.isEmpty else { return }
        var events: [PendingEvent] = []
        // The read model knows every mark already made; scanning the log for them would read it all.
        let marked = try withLedgerErrors {
            try ledger.writer.read { db in
                let store = ReadModelStore(db)
                return Set(try marks.map(\.copy).filter { try store.republication($0) != nil })
            }
        }
        for mark in marks where !marked.contains(mark.copy) {
            guard let bytes = FileManager.default.contents(atPath: mark.originalPath) else {
                printError("\(mark.copyPath): its sidecar says it republishes \(mark.originalPath), which cannot be read; not marked")
                continue
            }
            let original = EventHash.sha256Hex([UInt8](bytes))
            events.append(try PendingEvent(.reportMarkedRepublication(
                ReportMarkedRepublication(report: mark.copy, original: original, reason: "sidecar: republishes \((mark.originalPath as NSString).lastPathComponent)"))))
        }
        if !events.isEmpty {
            // Recorded when the reports were, when --recorded-at says when that was.
            _ = try withLedgerErrors { try ledger.append(events, recordedAt: recordedAt ?? Timestamp.now(), hook: Projector.hook) }
        }
    }
}
