import Foundation

/// Ingest speed by tenth of a ledger's final size, so that growth with the ledger shows: the
/// seconds and reports of every batch, filed under the tenth its last event falls in.
struct IngestGrowth {
    let size: Int
    private(set) var seconds = [Double](repeating: 0, count: 10)
    private(set) var reports = [Int](repeating: 0, count: 10)

    init(size: Int) { self.size = size }

    /// A batch of `reports` reports that took `seconds` and left the ledger at `events` events.
    mutating func add(reports count: Int, seconds s: Double, events: Int) {
        let tenth = min(9, max(0, (events - 1) * 10 / max(1, size)))
        seconds[tenth] += s
        reports[tenth] += count
    }

    /// Reports per second in each tenth (0 where a tenth got no batch).
    var rates: [Double] { zip(reports, seconds).map { $1 > 0 ? Double($0) / $1 : 0 } }

    /// The last tenth's rate over the first's (1: no growth).
    var ratio: Double {
        let r = rates
        guard let first = r.first(where: { $0 > 0 }), let last = r.last(where: { $0 > 0 }) else { return 0 }
        return last / first
    }

    /// The rates as text, one per tenth.
    var summary: String { rates.map { String(format: "%.0f", $0) }.joined(separator: ", ") }
}
