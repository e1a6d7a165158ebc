import LedgerCore

/// A reconciled total: the incidents of one month, area, measure and category added up.
public struct ReconciledTotal: Codable, Hashable, Sendable {
    /// `YYYY-MM` of the incidents' dates (`undated` when unknown).
    public var period: String
    /// The incidents' province, else their place key.
    public var area: String
    public var measure: Measure
    public var category: VictimCategory
    public var incidents: Int
    /// Sum of each incident's lowest credible figure (the conservative view).
    public var low: Int
    /// Sum of each incident's highest figure.
    public var high: Int
    /// Sum of each incident's best figure.
    public var best: Int
    public var incidentIDs: [String]
    /// The claims behind the best figures.
    public var claimIDs: [String]

    enum CodingKeys: String, CodingKey {
        case period, area, measure, category, incidents, low, high, best
        case incidentIDs = "incident_ids"
        case claimIDs = "claim_ids"
    }
}

/// Adds incidents up into totals by period, area, measure and category.
///
/// Every incident counts once, whatever the number of reports and copies behind it. Tallies are not
/// added (they overlap one another and the incidents); `tally_vs_incidents` compares them instead.
public enum TotalsBuilder {
    public static func totals(_ incidents: [Incident]) -> [ReconciledTotal] {
        struct Key: Hashable { var period: String; var area: String; var measure: Measure; var category: VictimCategory }
        var out: [Key: ReconciledTotal] = [:]
        for inc in incidents {
            let period = inc.day.map { String($0.description.prefix(7)) } ?? "undated"
            let key = Key(period: period, area: inc.admin1 ?? inc.place, measure: inc.measure, category: inc.category)
            var t = out[key] ?? ReconciledTotal(
                period: period, area: key.area, measure: inc.measure, category: inc.category, incidents: 0, low: 0, high: 0,
                best: 0, incidentIDs: [], claimIDs: [])
            t.incidents += 1
            t.low += inc.low
            t.high += inc.high
            t.best += inc.best
            t.incidentIDs.append(inc.id)
            t.claimIDs += inc.sources.filter { $0.value == inc.best }.prefix(1).map(\.claimID)
            out[key] = t
        }
        return out.values.sorted { ($0.period, $0.area, $0.measure.rawValue, $0.category.rawValue) < ($1.period, $1.area, $1.measure.rawValue, $1.category.rawValue) }
    }
}
