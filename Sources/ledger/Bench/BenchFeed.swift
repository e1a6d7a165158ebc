import LedgerCore
import LedgerExtraction
import LedgerKit
import LedgerStore

/// A deterministic stream of generated, extracted reports, handed out in batches so that a benchmark
/// of a million events never holds more than one batch (the memory measured is the ledger's, not the
/// generator's). Two feeds with the same seed and data give the same reports, in the same order,
/// whether they are extracted one at a time (``next()``) or a batch ahead on every core
/// (``generate(_:)``, ``extract(_:workers:)``, ``accept(_:limit:)``).
struct BenchFeed {
    /// A generated report, not yet extracted.
    struct Raw: Sendable {
        var text: String
        var meta: ReportMeta
    }

    private var generator: ReportGenerator
    private static let extractor = Extractor()
    private var index = 0
    /// Reports extracted ahead and not handed out yet (past the limit of an ``accept(_:limit:)``).
    private var buffer: [PreparedReport] = []
    /// Events (a report and its claims) handed out so far.
    private(set) var events = 0

    /// A feed of `data`; `size`, the events the run takes, spreads the realistic data's dates.
    init(seed: UInt64, data: BenchData = .hard, size: Int = 600_000) {
        generator = ReportGenerator(seed: seed, data: data, expectedReports: size / 8)
    }

    /// The next `count` generated reports, not extracted.
    mutating func generate(_ count: Int) -> [Raw] {
        (0..<count).map { _ in
            let r = generator.report(index)
            index += 1
            let meta = ReportMeta(
                contentHash: EventHash.sha256Hex(Array(r.text.utf8)), source: r.name, publisher: r.publisher,
                published: r.published, language: r.language)
            return Raw(text: r.text, meta: meta)
        }
    }

    /// One report extracted, as `ledger ingest` extracts it.
    static func extract(_ raw: Raw) -> PreparedReport {
        let claims = extractor.extract(text: raw.text, report: raw.meta).claims.map { ClaimExtracted(claim: $0, extractorVersion: Extractor.version) }
        return PreparedReport(report: ReportIngested(report: raw.meta, text: raw.text), claims: claims)
    }

    /// Reports extracted on `workers` threads (1: on the caller's), in their order.
    static func extract(_ raws: [Raw], workers: Int) -> [PreparedReport] {
        ParallelMap.map(raws, workers: workers) { extract($0) }
    }

    /// Hands out `prepared` (the next reports of ``generate(_:)``, extracted) up to `limit` events in
    /// all; the rest wait in the feed for ``next()``.
    mutating func accept(_ prepared: [PreparedReport], limit: Int) -> [PreparedReport] {
        var out: [PreparedReport] = []
        for (i, p) in prepared.enumerated() {
            guard events < limit else {
                buffer.append(contentsOf: prepared[i...])
                break
            }
            events += 1 + p.claims.count
            out.append(p)
        }
        return out
    }

    /// The next generated report, extracted.
    mutating func next() -> PreparedReport {
        let p = buffer.isEmpty ? Self.extract(generate(1)[0]) : buffer.removeFirst()
        events += 1 + p.claims.count
        return p
    }

    /// When an archive back-filled month by month records `reports`: the first instant of the month
    /// after the latest publication day among them (now, when none is dated).
    static func recordedMonth(_ reports: [PreparedReport]) -> String {
        guard let last = reports.compactMap(\.report.report.published).max() else { return Timestamp.now() }
        let next = last.month == 12 ? Day(year: last.year + 1, month: 1, day: 1)! : Day(year: last.year, month: last.month + 1, day: 1)!
        return "\(next)T00:00:00.000Z"
    }

    /// Up to `reports` reports, stopping once `limit` events have been handed out in all.
    mutating func batch(_ reports: Int, limit: Int) -> [PreparedReport] {
        var out: [PreparedReport] = []
        while out.count < reports && events < limit { out.append(next()) }
        return out
    }
}
