import ArgumentParser
import Foundation
import GRDB
import LedgerCore
import LedgerExport
import LedgerExtraction
import LedgerKit
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

    @Option(name: .long, help: ArgumentHelp(
        "Reports per transaction. Larger batches share the projections' work: into a ledger of a million events, 1,024 reports went in 1.5 × faster as one batch than as four of 256.",
        valueName: "n"))
    var batchSize: Int = IngestOptions.defaultBatchSize

    @Option(name: .long, help: ArgumentHelp(
        "Threads that read and extract reports while the previous batch is appended (default: every core; 1: one report at a time). The events are the same.",
        valueName: "n"))
    var jobs: Int = ParallelMap.cores

    @Option(name: .long, help: ArgumentHelp("Largest report accepted, in bytes.", valueName: "bytes"))
    var maxBytes: Int = ReportDecoder.defaultMaxBytes

    @Option(name: .long, help: ArgumentHelp(
        "Read every report in this encoding instead of detecting it: utf-8, utf-16le, utf-16be or cp1256 (Windows Arabic).",
        valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Do not link figures naming no place to the one incident of their days (`ledger autolink` does it later).")
    var noAutolink = false

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
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
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
        var options = IngestOptions(
            overrides: overrides, recordedAt: recordedAt.flatMap { Timestamp.parse($0) }, batchSize: batchSize, maxBytes: maxBytes)
        options.extractionWorkers = jobs
        options.autolink = !noAutolink
        let summary: IngestSummary
        let head: ChainHead
        if self.ledger.session.isPostgres {
            (summary, head) = try Self.runOnServer(files, session: self.ledger.session, options: options, quiet: quiet)
        } else {
            let ledger = try ledger.open(create: true)
            summary = try Self.run(files, into: ledger, options: options, quiet: quiet)
            head = try withLedgerErrors { try ledger.head() }
        }
        out(
            "\(summary.added) report(s) added with \(summary.claims) claim(s); \(summary.alreadyPresent) already in the ledger"
                + (summary.failed > 0 ? "; \(summary.failed) could not be read" : "")
                + ". \(head.seq) events, head \(head.hash.prefix(16))…\n")
        if summary.linked > 0 {
            out("\(summary.linked) figure(s) naming no place linked to the one incident of their days and measure "
                + "(`ledger log` shows each link; `ledger unlink` or `ledger withdraw` undoes one).\n")
        }
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

extension IngestCommand {
    /// Ingests `files` into `ledger`, printing a line for each report (unless `quiet`), each report
    /// that cannot be read, and a progress bar on a terminal.
    static func run(_ files: [String], into ledger: Ledger, options: IngestOptions, quiet: Bool) throws -> IngestSummary {
        var progress: Progress?
        defer { progress?.finish() }
        return try withLedgerErrors {
            try Ingestor(ledger: ledger, options: options) { note in
                if case .progress(let done, let total) = note {
                    if progress == nil { progress = Progress("ingest", total: total) }
                    progress?.update(done)
                } else {
                    say(note, quiet: quiet)
                }
            }.run(files)
        }
    }

    /// What `ledger ingest` prints of a note (the progress bar aside): a line for each report unless
    /// `quiet`, and every report that cannot be read.
    static func say(_ note: IngestNote, quiet: Bool) {
        switch note {
        case .added(let path, let claims): if !quiet { out("added    \(path)  \(claims) claim(s)\n") }
        case .alreadyPresent(let path): if !quiet { out("present  \(path)  (already in the ledger)\n") }
        case .warning(let path, let message): if !quiet { printError("\(path): \(message)") }
        case .unreadable(let error): printError(error.description)
        case .originalUnreadable(let copy, let original):
            printError("\(copy): its sidecar says it republishes \(original), which cannot be read; not marked")
        case .linked(let claim, let named, let incident, let place):
            if !quiet { out("linked   \(claim)  \(named); the one incident of its days is \(incident) at \(place)\n") }
        case .progress: break
        }
    }
}
