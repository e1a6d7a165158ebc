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
    public static func rows(series: [SeriesPoint], incidents: [Incident]) -> [TallyReconciliationRow] {
        let latest = Dictionary(grouping: series, by: \.series).compactMap { $0.value.max { $0.position < $1.position } }
        return tallies(latest).map { row($0, incidents: incidents) }
    }

    /// The tallies that get a row, of each series' latest point, in the rows' order: by scope,
    /// measure and series; operations and tallies without a period left out.
    public static func tallies(_ latest: [SeriesPoint]) -> [SeriesPoint] {
        latest.filter { $0.measure != .operations && $0.periodStart != nil }
            .sorted { ($0.scope, $0.measure.rawValue, $0.series) < ($1.scope, $1.measure.rawValue, $1.series) }
    }

    static func row(_ t: SeriesPoint, incidents: [Incident]) -> TallyReconciliationRow {
        let start = t.periodStart!, end = t.effectiveEnd ?? start
        var out = TallyReconciliationRow(
            series: t.series, publisher: t.publisher, scope: t.scope, measure: t.measure, category: t.category,
            periodStart: t.periodStart, periodEnd: t.effectiveEnd, stated: t.value, qualifier: t.qualifier, claimID: t.claimID,
            incidents: 0, low: 0, high: 0, best: 0, gap: 0, incidentIDs: [])
        for inc in incidents.sorted(by: { $0.id < $1.id }) where inc.measure == t.measure {
            guard let day = inc.day, day >= start, day <= end,
                  Area.covers(scope: t.scope, place: inc.place, admin1: inc.admin1),
                  !TallyVsIncidentsCheck.excluded(inc, by: t.exclusions),
                  let best = inc.figure(for: t.category, using: inc.best), best > 0
            else { continue }
            out.incidents += 1
            out.low += inc.figure(for: t.category, using: inc.low) ?? 0
            out.high += inc.figure(for: t.category, using: inc.high) ?? 0
            out.best += best
            out.incidentIDs.append(inc.id)
        }
        out.gap = out.stated - out.best
        return out
    }
}
