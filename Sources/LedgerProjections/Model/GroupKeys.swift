import LedgerCore

/// The keys that partition claims into independently recomputable groups.
///
/// Every derived row (incident, series point, discrepancy) depends only on the claims of its group
/// (plus, for `tally_vs_incidents`, the incidents of the tally's area). Appending an event therefore
/// recomputes only the groups it touches, and a rebuild that recomputes every group gives the same rows.
public enum GroupKeys {
    /// A place's linking key: the normalised place name, else the province, else `?`.
    public static func placeKey(_ place: Place?) -> String {
        if let name = place?.name.trimmingWhitespace().lowercased(), !name.isEmpty { return name }
        if let a = place?.admin1?.trimmingWhitespace().lowercased(), !a.isEmpty { return a }
        return "?"
    }

    /// Whether the claim takes part in incident linking: an incident's own total in the report's
    /// main frame, not retracted.
    ///
    /// Only a report's own event tolls make incidents (and so totals). A back-reference (an earlier
    /// attack recalled), a background figure, a tally or its parts, a subset ("including four
    /// children") and an increment ("two of the wounded died", inside the new toll) stay claims,
    /// shown with their context, and feed the checks that concern them; none is an incident of its own.
    public static func isIncidentCandidate(_ r: ClaimRecord) -> Bool {
        let c = r.claim
        return !r.isRetracted && c.kind == .incident && c.role == .total && c.context == .main
    }

    /// The incident-linking group (`incident:measure|governorate`), for a candidate.
    ///
    /// Keyed by the place's governorate in the gazetteer (``PlacePath/root``), so that a village, its
    /// district and its province, under any spelling, are linked in one walk; an area across several
    /// governorates (`badia`, `aanes`) is a group of its own.
    public static func incidentGroup(_ r: ClaimRecord) -> String? {
        guard isIncidentCandidate(r) else { return nil }
        // A claim with no place links only within its own report (or its original, for a copy):
        // two unplaced figures from different reports are not known to be one event.
        guard let path = PlacePath.of(r.claim.place) else {
            return incidentGroup(r.claim.measure, place: "?\((r.copyOf ?? r.claim.report).prefix(12))")
        }
        return incidentGroup(r.claim.measure, place: path.root)
    }

    /// The incident-linking group of a measure and a place key (a governorate, an area, or `?report`).
    public static func incidentGroup(_ measure: Measure, place: String) -> String {
        incidentGroupPrefix(measure) + place
    }

    /// What every incident-linking group of a measure begins with (`incident:measure|`).
    public static func incidentGroupPrefix(_ measure: Measure) -> String { "incident:\(measure.rawValue)|" }

    /// The measure and place key of an incident-linking group, or nil for any other key.
    public static func parseIncidentGroup(_ group: String) -> (measure: Measure, place: Substring)? {
        guard group.hasPrefix("incident:"), let bar = group.firstIndex(of: "|"),
              let measure = Measure(rawValue: String(group[group.index(group.startIndex, offsetBy: 9)..<bar])) else { return nil }
        return (measure, group[group.index(after: bar)...])
    }

    /// Whether an incident-linking group holds figures naming no place (`…|?report`) or only an area
    /// across several governorates.
    public static func isWideIncidentGroup(_ group: String) -> Bool {
        guard let place = parseIncidentGroup(group)?.place else { return false }
        return place.hasPrefix("?") || SyriaGazetteer.place(String(place))?.level == .area
    }

    /// Whether the claim is a point of a running series: a tally total in the main frame, not
    /// retracted, not a republished copy.
    public static func isSeriesCandidate(_ r: ClaimRecord) -> Bool {
        let c = r.claim
        return !r.isRetracted && !r.isCopy && c.kind == .tally && c.role == .total && c.context == .main
    }

    /// The series a tally belongs to: publisher, scope, period start, measure, category.
    public static func seriesKey(_ r: ClaimRecord) -> String? {
        guard isSeriesCandidate(r) else { return nil }
        return "series:" + [SourceAliases.canonical(r.publisher), scope(r.claim), r.claim.period?.start?.description ?? "open",
                            r.claim.measure.rawValue, r.claim.category.rawValue].joined(separator: "|")
    }

    /// A tally's scope: its place name (`aanes`, `badia`, a province), else province, else `syria`.
    public static func scope(_ c: Claim) -> String {
        let k = placeKey(c.place)
        return k == "?" ? "syria" : k
    }

    /// The report group of a claim (breakdown and in-report checks).
    public static func reportGroup(_ reportHash: String) -> String { "report:" + reportHash }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
