import ArgumentParser
import Foundation
import GRDB
import LedgerCore
import LedgerKit
import LedgerExport
import LedgerProjections
import LedgerStore

/// `ledger bench incremental`: the incremental update, report by report, on an existing ledger.
///
/// Building a ledger of a million events takes the benchmark half an hour; this measures the update
/// on one already built (a copy of `.bench/bench-N.sqlite`, say), so that a change to the projector can
/// be tried in seconds.
struct BenchIncremental: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incremental",
        abstract: "Append generated reports one at a time to an existing ledger and time each update.",
        discussion: """
            Each report is appended with the read models updated in its transaction, as `ledger ingest` \
            does; the tally checks the appends leave pending are then settled once, timed apart. It \
            appends synthetic reports, so it runs only on a ledger that `ledger bench` made (--db is \
            required); to measure another ledger, --copy works on a copy of it in a temporary folder \
            and removes the copy afterwards: the ledger itself is never written.

            Examples:
              ledger bench incremental --db .bench/bench-1000000.sqlite
              ledger bench incremental --copy --db archive.sqlite
            """)

    @Option(name: .long, help: ArgumentHelp("A ledger `ledger bench` made (or any ledger, with --copy).", valueName: "path"))
    var db: String

    @Flag(name: .long, help: "Work on a temporary copy of --db (any ledger), removed afterwards.")
    var copy = false

    @Option(name: .long, help: "How many reports to append, one transaction each.")
    var reports: Int = 20

    @Option(name: .long, help: "Random seed for the generated reports (another seed than the ledger's gives new reports).")
    var seed: UInt64 = 9_999

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if reports < 1 { throw ValidationError("--reports must be at least 1") }
    }

    func run() throws {
        let scratch = try copy ? BenchScratch.copy(of: db) : nil
        defer { scratch?.remove() }
        if scratch == nil, LedgerFile.inspect(db) != .ledger(createdBy: BenchCommand.origin) {
            printError("\(db): not a ledger `ledger bench` made; the incremental bench appends synthetic reports, so it leaves this one alone (add --copy to measure a copy of it)")
            throw LedgerExit.usage
        }
        let options = try LedgerOptions.parse(["--db", scratch?.path ?? db])
        let ledger = try Projections.openCurrent(options, forWriting: true)
        let size = Int(try withLedgerErrors { try ledger.eventCount() })
        var feed = BenchFeed(seed: seed)
        var times: [Double] = []
        for _ in 0..<reports {
            times.append(try Self.update(ledger, feed.next()) * 1000)
        }
        let (settled, settleSeconds) = try ResourceUsage.time {
            try withLedgerErrors { try ledger.writer.write { db in try Projector.settle(db) } }
        }
        times.sort()
        func quantile(_ q: Double) -> Double { times[min(times.count - 1, Int(Double(times.count - 1) * q + 0.5))] }
        let results = [
            BenchResult(size: size, stage: "incremental update, median", value: quantile(0.5), unit: "ms",
                        detail: String(format: "%d reports one at a time; fastest %.2f ms", times.count, times[0])),
            BenchResult(size: size, stage: "incremental update, 90th percentile", value: quantile(0.9), unit: "ms",
                        detail: String(format: "slowest %.2f ms", times[times.count - 1])),
            BenchResult(size: size, stage: "deferred tally checks, at the next query", value: settleSeconds * 1000, unit: "ms",
                        detail: "\(settled) series"),
        ]
        if format == .json {
            out(try Renderer.prettyJSON(results) + "\n")
        } else {
            out(try Output.render(results, as: .table))
        }
        FileHandleOutput.stdout.flush()
    }

    /// Appends one report with its projections in one transaction, as `ledger ingest` does.
    /// - Returns: the seconds it took.
    static func update(_ ledger: Ledger, _ report: PreparedReport) throws -> Double {
        try ResourceUsage.time {
            _ = try withLedgerErrors { try ledger.ingest([report], recordedAt: Timestamp.now(), hook: Projector.hook) }
        }.1
    }
}
