import LedgerProjections
import LedgerExport

/// A summary of a reconciliation, for `replay` and `diff`.
public struct ReplaySummary: Encodable, Sendable {
    /// The recorded-time bound (nil: now).
    public var asOf: String?
    /// The event-time bound, if any.
    public var through: String?
    /// The last event reflected.
    public var lastSeq: Int64
    /// That event's hash.
    public var head: String
    /// Reports ingested.
    public var reports: Int
    /// Claims.
    public var claims: Int
    /// Incidents.
    public var incidents: Int
    /// Series points.
    public var series: Int
    /// Discrepancies, all kinds.
    public var discrepancies: Int
    /// Discrepancies by kind.
    public var byKind: [String: Int]
    /// Incidents added up by measure and category.
    public var totals: [TotalSummaryRow]
    /// How the log was replayed, when it was (nil: read from the read models or their history; not in JSON).
    public var replay: ReplayStats?

    /// The summary of `counts` at `state`.
    public init(_ counts: ReadModelHistory.Counts, state: QueriedState) {
        asOf = state.asOf
        through = state.through
        lastSeq = state.lastSeq
        head = state.head
        replay = state.replay
        reports = counts.reports
        claims = counts.claims
        incidents = counts.incidents
        series = counts.seriesPoints
        discrepancies = counts.discrepancies.values.reduce(0, +)
        byKind = Dictionary(uniqueKeysWithValues: counts.discrepancies.map { ($0.key.rawValue, $0.value) })
        totals = counts.incidentTotals.map {
            TotalSummaryRow(measure: $0.measure.rawValue, category: $0.category.rawValue, incidents: $0.incidents,
                            low: $0.low, best: $0.best, high: $0.high)
        }
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", through, lastSeq = "last_seq", head, reports, claims, incidents, series, discrepancies
        case byKind = "discrepancies_by_kind", totals
    }
}

/// One measure and category, added up over the incidents.
public struct TotalSummaryRow: Tabular, Encodable, Sendable {
    /// The measure.
    public var measure: String
    /// The victim category.
    public var category: String
    /// Incidents.
    public var incidents: Int
    /// Sum of the lows.
    public var low: Int
    /// Sum of the best figures.
    public var best: Int
    /// Sum of the highs.
    public var high: Int

    /// The table's column names.
    public static let columns = ["measure", "category", "incidents", "low", "best", "high"]
    /// The row's cells.
    public var cells: [String] { [measure, category, String(incidents), String(low), String(best), String(high)] }
}
