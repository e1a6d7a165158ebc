import LedgerCore

/// A `tally_vs_incidents` check is stored without the list of incidents it counted (issue 20: a small
/// file). On realistic data a tally runs over a year of an area and counts hundreds of incidents, so
/// the lists were nearly all of `rm_discrepancies` (~18 KB a check at 50 k events, record and readable
/// `incident_ids` together), and the evidence of its largest incidents (side B: twenty references, each
/// with its sentence) most of the rest. The record keeps what the check concluded (the tally, the
/// sum, the count in its summary, side A); the readable columns keep side B's claims and sentences.
/// The whole check is derived again when the checks are read, from the incidents of its area and
/// period (``TallyCheckIndex``): the same rule over the same incidents, so the same check (its id,
/// kept, names side B's claims).
public enum TallyCheckLists {
    /// What the store's record keeps of a discrepancy: a `tally_vs_incidents` check without its incident
    /// list and side B (the projector builds it without the list); any other kind whole.
    public static func stored(_ d: Discrepancy) -> Discrepancy {
        guard d.kind == .tallyVsIncidents else { return d }
        var kept = d
        kept.incidents = []
        kept.sideB = []
        return kept
    }

    /// The discrepancies read from the store with every `tally_vs_incidents` check derived again
    /// from `series` (in series order, as ``ReadModelStore/seriesPoints()`` gives them) and the
    /// incidents its checks were settled against. A check that no series derives with the same id goes
    /// to `otherwise` (nil: left as stored; a ledger written before this change stored its list).
    public static func filled(
        _ discrepancies: [Discrepancy], series: [SeriesPoint], incidents: [Incident],
        otherwise: (Discrepancy) throws -> Discrepancy? = { _ in nil }
    ) rethrows -> [Discrepancy] {
        let groups = Set(discrepancies.lazy.filter { $0.kind == .tallyVsIncidents }.map(\.group))
        guard !groups.isEmpty else { return discrepancies }
        let points = series.filter { groups.contains($0.series) }
        var derived: [String: Discrepancy] = [:]
        for d in ReadModelHistory.tallyChecks(points, incidents: incidents) { derived[d.id] = d }
        return try discrepancies.map { d in
            guard d.kind == .tallyVsIncidents, d.incidents.isEmpty else { return d }
            return try derived[d.id] ?? otherwise(d) ?? d
        }
    }
}
