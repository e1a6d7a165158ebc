import LedgerCore

/// One running tally set beside the incidents the ledger holds for its scope and period.
public struct TallyReconciliationRow: Codable, Hashable, Sendable {
    public var series: String
    public var publisher: String
    public var scope: String
    public var measure: Measure
    public var category: VictimCategory
    public var periodStart: Day?
    public var periodEnd: Day?
    /// The tally's latest stated figure and its qualifier (`more_than 500` stays a lower bound).
    public var stated: Int
    public var qualifier: Qualifier
    public var claimID: String
    /// The incidents counted, and the sums of their low, high and best figures.
    public var incidents: Int
    public var low: Int
    public var high: Int
    public var best: Int
    /// `stated - best`: positive when the tally runs ahead of the incidents the ledger holds,
    /// negative when the incidents add up to more than it.
    public var gap: Int
    public var incidentIDs: [String]

    enum CodingKeys: String, CodingKey {
        case series, publisher, scope, measure, category
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case stated, qualifier
        case claimID = "claim_id"
        case incidents, low, high, best, gap
        case incidentIDs = "incident_ids"
    }
}

/// For every running tally: its latest figure, the incidents the ledger holds for the same area,
/// period, measure and category (by the rule of ``TallyVsIncidentsCheck``), their low, high and best
/// sums, and the gap. Operations tallies, which count events rather than victims, are left out.
public enum TallyReconciliation {
    /// Every tally's row over whole incidents (a replayed or `--through` reconciliation): the same row
    /// builder as the as-of read over summaries (``row(_:index:incidents:record:)``), so each series
    /// visits only the incidents its area and period can cover.
    public static func rows(series: [SeriesPoint], incidents: [Incident]) -> [TallyReconciliationRow] {
        let latest = Dictionary(grouping: series, by: \.series).compactMap { $0.value.max { $0.position < $1.position } }
        let index = TallyCheckIndex(incidents)
        let summaries = incidents.indices.map { IncidentSummary(incidents[$0], slot: $0) }
        return tallies(latest).map { row($0, index: index, incidents: summaries) { incidents[$0.slot] } }
    }

    /// The tallies that get a row, of each series' latest point, in the rows' order: by scope,
    /// measure and series; operations and tallies without a period left out.
    public static func tallies(_ latest: [SeriesPoint]) -> [SeriesPoint] {
        latest.filter { $0.measure != .operations && $0.periodStart != nil }
            .sorted { ($0.scope, $0.measure.rawValue, $0.series) < ($1.scope, $1.measure.rawValue, $1.series) }
    }
}
