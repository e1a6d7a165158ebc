import LedgerCore

/// Everything the projections derive from the claims: the reconciled ledger.
public struct Reconciliation: Codable, Hashable, Sendable {
    public var claims: [ClaimRecord]
    public var incidents: [Incident]
    public var series: [SeriesPoint]
    public var discrepancies: [Discrepancy]

    public init(claims: [ClaimRecord], incidents: [Incident], series: [SeriesPoint], discrepancies: [Discrepancy]) {
        self.claims = claims
        self.incidents = incidents
        self.series = series
        self.discrepancies = discrepancies
    }
}

/// The reconciliation core: a pure function from claims and link facts to incidents, series and
/// discrepancies. The read-model tables run the same group functions incrementally; `--as-of`
/// queries run it whole on a state folded in memory.
public enum Reconciler {
    /// Reconciles every group.
    ///
    /// - Parameter through: keep only incident claims dated by this day and tallies whose period
    ///   (or, when open, whose report) ends by it.
    public static func reconcile(_ all: [ClaimRecord], links: [LinkFact], through: Day? = nil) -> Reconciliation {
        let records = through.map { t in all.filter { within($0, through: t) } } ?? all
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var discrepancies: [Discrepancy] = []

        for (report, claims) in Dictionary(grouping: records, by: \.claim.report) {
            discrepancies += ReportChecks.check(claims, group: GroupKeys.reportGroup(report))
        }

        let candidates = records.filter(GroupKeys.isIncidentCandidate)
        let components = incidentComponents(candidates, links: links)
        let linker = IncidentLinker(decisions: LinkDecisions(links))
        let parts = Dictionary(grouping: records.filter { $0.claim.parent != nil && $0.claim.role != .total }, by: { $0.claim.parent! })
        var incidents: [Incident] = []
        for component in components {
            let componentParts = component.flatMap { parts[$0.id] ?? [] }
            let linked = linker.link(component, parts: componentParts)
            incidents += linked
            discrepancies += IncidentChecks.check(linked, records: byID)
        }

        var series: [SeriesPoint] = []
        for (key, tallies) in Dictionary(grouping: records.filter(GroupKeys.isSeriesCandidate), by: { GroupKeys.seriesKey($0)! }) {
            let points = SeriesBuilder.build(tallies, series: key)
            series += points
            discrepancies += SeriesChecks.check(points)
            discrepancies += TallyVsIncidentsCheck.check(series: points, incidents: incidents)
        }
        return Reconciliation(
            claims: records.sorted { $0.id < $1.id },
            incidents: incidents.sorted { $0.id < $1.id },
            series: series.sorted { ($0.series, $0.position) < ($1.series, $1.position) },
            discrepancies: discrepancies.sorted { $0.id < $1.id })
    }

    /// Splits incident candidates into components: their linking groups, joined wherever a link event
    /// (linked or unlinked, and not withdrawn) names claims of two groups. Each component is linked on its own.
    public static func incidentComponents(_ candidates: [ClaimRecord], links: [LinkFact]) -> [[ClaimRecord]] {
        let groupOf = Dictionary(candidates.map { ($0.id, GroupKeys.incidentGroup($0)!) }, uniquingKeysWith: { a, _ in a })
        let groups = Array(Set(groupOf.values)).sorted()
        let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        var uf = UnionFind(groups.count)
        for fact in LinkFact.standing(links) {
            let gs = fact.claimIDs.compactMap { groupOf[$0] }.compactMap { index[$0] }
            for g in gs.dropFirst() { uf.union(gs[0], g) }
        }
        var out: [Int: [ClaimRecord]] = [:]
        for c in candidates { out[uf.find(index[groupOf[c.id]!]!), default: []].append(c) }
        return out.keys.sorted().map { out[$0]! }
    }

    /// Whether a claim falls within `--through`.
    public static func within(_ r: ClaimRecord, through: Day) -> Bool {
        switch r.claim.kind {
        case .incident:
            guard let d = IncidentLinker.anchor(r) else { return true }
            return d <= through
        case .tally:
            guard let end = r.claim.period?.end ?? r.reportDay else { return true }
            return end <= through
        }
    }
}
