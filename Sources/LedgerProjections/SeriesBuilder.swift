import LedgerCore

/// One figure of a running series.
public struct SeriesPoint: Codable, Hashable, Sendable {
    public var series: String
    public var publisher: String
    public var scope: String
    public var periodStart: Day?
    public var periodEnd: Day?
    public var measure: Measure
    public var category: VictimCategory
    /// 1, 2, 3 ... in report order.
    public var position: Int
    public var claimID: String
    public var value: Int
    public var qualifier: Qualifier
    public var reportDay: Day?
    /// Change from the previous point (nil for the first).
    public var delta: Int?
    public var exclusions: [String]
    public var evidence: EvidenceRef

    /// The last day the figure covers: the period's end, else its report's day.
    public var effectiveEnd: Day? { periodEnd ?? reportDay }

    enum CodingKeys: String, CodingKey {
        case series, publisher, scope
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case measure, category, position
        case claimID = "claim_id"
        case value, qualifier
        case reportDay = "report_day"
        case delta, exclusions, evidence
    }
}

/// Orders the tallies of one running series (same publisher, scope, period start, measure and
/// category) by report publication date, falling back to recorded time, then event sequence.
public enum SeriesBuilder {
    public static func build(_ tallies: [ClaimRecord], series: String) -> [SeriesPoint] {
        let sorted = tallies.filter(GroupKeys.isSeriesCandidate).sorted { a, b in
            a.chronology != b.chronology ? a.chronology < b.chronology : a.id < b.id
        }
        var out: [SeriesPoint] = []
        for (i, r) in sorted.enumerated() {
            out.append(point(r, series: series, position: i + 1, delta: out.last.map { r.claim.value - $0.value }))
        }
        return out
    }

    /// One tally's point.
    public static func point(_ r: ClaimRecord, series: String, position: Int = 0, delta: Int? = nil) -> SeriesPoint {
        SeriesPoint(
            series: series, publisher: r.publisher, scope: GroupKeys.scope(r.claim), periodStart: r.claim.period?.start,
            periodEnd: r.claim.period?.end, measure: r.claim.measure, category: r.claim.category, position: position,
            claimID: r.id, value: r.claim.value, qualifier: r.claim.qualifier, reportDay: r.reportDay,
            delta: delta, exclusions: r.claim.exclusions, evidence: EvidenceRef(r))
    }
}
