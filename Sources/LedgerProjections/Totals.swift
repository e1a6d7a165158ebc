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
    /// What the best figures' qualifiers make of their sum (``TotalQualifier``): a sum with a lower
    /// bound in it (`more than 500`) is itself a lower bound. Nil until a reader fills it in from the claims.
    public var qualifier: Qualifier?

    enum CodingKeys: String, CodingKey {
        case period, area, measure, category, incidents, low, high, best, qualifier
        case incidentIDs = "incident_ids"
        case claimIDs = "claim_ids"
    }
}

/// What a total adds up of one incident (an incident, or a version of one in the totals history).
public struct TotalsEntry: Hashable, Sendable {
    public var id: String
    public var measure: Measure
    public var category: VictimCategory
    /// The incident's province, else its place key.
    public var area: String
    /// `YYYY-MM-DD`, nil when undated.
    public var day: String?
    public var low: Int
    public var high: Int
    public var best: Int
    /// The claim behind the best figure.
    public var bestClaim: String?

    public init(
        id: String, measure: Measure, category: VictimCategory, area: String, day: String?, low: Int, high: Int, best: Int,
        bestClaim: String?
    ) {
        (self.id, self.measure, self.category, self.area, self.day) = (id, measure, category, area, day)
        (self.low, self.high, self.best, self.bestClaim) = (low, high, best, bestClaim)
    }
}

/// Adds incidents up into totals by period, area, measure and category.
///
/// Every incident counts once, whatever the number of reports and copies behind it. Tallies are not
/// added (they overlap one another and the incidents); `tally_vs_incidents` compares them instead.
public enum TotalsBuilder {
    private struct Key: Hashable { var period: String; var area: String; var measure: Measure; var category: VictimCategory }

    public static func totals(_ incidents: [Incident]) -> [ReconciledTotal] {
        totals(incidents.sorted { $0.id < $1.id }.lazy.map {
            TotalsEntry(
                id: $0.id, measure: $0.measure, category: $0.category, area: $0.admin1 ?? $0.place, day: $0.day?.description,
                low: $0.low, high: $0.high, best: $0.best, bestClaim: $0.bestClaimID)
        })
    }

    /// The totals of these entries, each listing its incidents in the entries' order.
    public static func totals(_ entries: some Sequence<TotalsEntry>) -> [ReconciledTotal] {
        var out: [Key: ReconciledTotal] = [:]
        for e in entries {
            let period = e.day.map { String($0.prefix(7)) } ?? "undated"
            let key = Key(period: period, area: e.area, measure: e.measure, category: e.category)
            // Added up in place: a copy taken out of the dictionary would copy its id lists at each append.
            add(e, to: &out[key, default: ReconciledTotal(
                period: period, area: key.area, measure: e.measure, category: e.category, incidents: 0, low: 0, high: 0,
                best: 0, incidentIDs: [], claimIDs: [])])
        }
        return out.values.sorted { ($0.period, $0.area, $0.measure.rawValue, $0.category.rawValue) < ($1.period, $1.area, $1.measure.rawValue, $1.category.rawValue) }
    }

    private static func add(_ e: TotalsEntry, to t: inout ReconciledTotal) {
        t.incidents += 1
        t.low += e.low
        t.high += e.high
        t.best += e.best
        t.incidentIDs.append(e.id)
        if let c = e.bestClaim { t.claimIDs.append(c) }
    }
}
