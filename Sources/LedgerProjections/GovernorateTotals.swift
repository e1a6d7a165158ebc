import LedgerCore

/// Totals regrouped by governorate (admin1, with its OCHA P-code) rather than by month and area.
public struct GovernorateTotal: Codable, Hashable, Sendable {
    /// The governorate's P-code (`SY09`), or empty when the area is not a governorate the gazetteer knows.
    public var pcode: String
    /// The governorate's key (`deir ez-zor`), else the area as the totals had it (`syria`, `badia`, `?`).
    public var governorate: String
    public var measure: Measure
    public var category: VictimCategory
    public var incidents: Int
    public var low: Int
    public var high: Int
    public var best: Int
    public var qualifier: Qualifier?
    /// The months the incidents fall in (`YYYY-MM`, `undated`).
    public var periods: [String]
    public var incidentIDs: [String]

    enum CodingKeys: String, CodingKey {
        case pcode, governorate, measure, category, incidents, low, high, best, qualifier, periods
        case incidentIDs = "incident_ids"
    }
}

public enum GovernorateTotals {
    /// Adds the month rows of `totals` up per governorate, measure and category.
    public static func group(_ totals: [ReconciledTotal]) -> [GovernorateTotal] {
        var out: [String: GovernorateTotal] = [:]
        var qualifiers: [String: [Qualifier]] = [:]
        for t in totals {
            let gov = SyriaGazetteer.governorate(of: t.area)
            let name = gov?.key ?? t.area
            let key = [name, t.measure.rawValue, t.category.rawValue].joined(separator: "|")
            // Added up in place: a copy taken out of the dictionary would copy its id list at each month.
            add(t, to: &out[key, default: GovernorateTotal(
                pcode: gov?.pcode ?? "", governorate: name, measure: t.measure, category: t.category, incidents: 0, low: 0,
                high: 0, best: 0, qualifier: nil, periods: [], incidentIDs: [])])
            qualifiers[key, default: []].append(t.qualifier ?? .exact)
        }
        for (k, qs) in qualifiers { out[k]?.qualifier = TotalQualifier.combine(qs) }
        return out.values.sorted {
            ($0.pcode.isEmpty ? "~" : $0.pcode, $0.governorate, $0.measure.rawValue, $0.category.rawValue)
                < ($1.pcode.isEmpty ? "~" : $1.pcode, $1.governorate, $1.measure.rawValue, $1.category.rawValue)
        }
    }

    private static func add(_ t: ReconciledTotal, to g: inout GovernorateTotal) {
        g.incidents += t.incidents
        g.low += t.low
        g.high += t.high
        g.best += t.best
        if !g.periods.contains(t.period) { g.periods.append(t.period) }
        g.incidentIDs += t.incidentIDs
    }
}
