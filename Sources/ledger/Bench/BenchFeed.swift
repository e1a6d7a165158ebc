import LedgerCore
import LedgerExtraction
import LedgerStore

/// A deterministic stream of generated, extracted reports, handed out in batches so that a benchmark
/// of a million events never holds more than one batch (the memory measured is the ledger's, not the
/// generator's). Two feeds with the same seed give the same reports.
struct BenchFeed {
    private var generator: ReportGenerator
    private let extractor = Extractor()
    private var index = 0
    /// Events (a report and its claims) handed out so far.
    private(set) var events = 0

    init(seed: UInt64) { generator = ReportGenerator(seed: seed) }

    /// The next generated report, extracted.
    mutating func next() -> PreparedReport {
        let r = generator.report(index)
        index += 1
        let meta = ReportMeta(
            contentHash: EventHash.sha256Hex(Array(r.text.utf8)), source: r.name, publisher: "Bench Monitor",
            published: r.published, language: r.language)
        let claims = extractor.extract(text: r.text, report: meta).claims.map { ClaimExtracted(claim: $0, extractorVersion: Extractor.version) }
        events += 1 + claims.count
        return PreparedReport(report: ReportIngested(report: meta, text: r.text), claims: claims)
    }

    /// Up to `reports` reports, stopping once `limit` events have been handed out in all.
    mutating func batch(_ reports: Int, limit: Int) -> [PreparedReport] {
        var out: [PreparedReport] = []
        while out.count < reports && events < limit { out.append(next()) }
        return out
    }
}
