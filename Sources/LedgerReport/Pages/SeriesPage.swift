import LedgerCore
import LedgerProjections

/// `series.html`: a chart per running series, and the table of its points under it.
public struct SeriesPage: Sendable {
    public var chrome: Chrome
    public var charts: [SeriesChart]
    public var empty: Bool

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Running tallies against their incidents", current: "series.html")
        charts = ctx.series.map { SeriesChart(series: $0.key, points: $0.points, index: ctx.scopeIndex, through: ctx.data.query.throughDay, links: ctx.links) }
        empty = charts.isEmpty
    }
}

/// `reconciliation.html`: each series' latest tally against the incidents for its scope and period.
public struct ReconciliationPage: Sendable {
    public struct Row: Sendable {
        public var chartHref: String
        public var claimHref: String
        public var publisher: String
        public var arabic: Bool
        public var scope: String
        public var period: String
        public var measure: String
        public var category: String
        public var stated: Int
        public var incidents: String
        public var low: String
        public var best: String
        public var high: String
        public var gap: String
        public var verdict: String
        public var discrepancyHref: String?
    }

    public var chrome: Chrome
    public var rows: [Row]
    public var hasRows: Bool

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Reconciliation: each tally against its incidents", current: "reconciliation.html")
        let checks = Dictionary(ctx.data.reconciliation.discrepancies.filter { $0.kind == .tallyVsIncidents }.map { ($0.group, $0) },
                                uniquingKeysWith: { a, _ in a })
        rows = ctx.series.map { key, points in
            let p = points.last!
            let sum = ScopeSum.of(p, in: ctx.scopeIndex, through: ctx.data.query.throughDay)
            let d = checks[key]
            let verdict: String
            if let sum {
                verdict = sum.best == p.value ? "matches" : p.value > sum.best ? "tally ahead by \(p.value - sum.best)" : "\(sum.best - p.value) unaccounted for"
            } else {
                verdict = "open period: not compared"
            }
            return Row(
                chartHref: ctx.links.page("series.html") + "#" + SeriesChart.anchor(key), claimHref: ctx.links.claim(p.claimID),
                publisher: p.publisher, arabic: TextDirection.hasArabic(p.publisher), scope: p.scope,
                period: "\(p.periodStart?.description ?? "?") … \(p.effectiveEnd?.description ?? "?")", measure: p.measure.rawValue,
                category: p.category.rawValue, stated: p.value, incidents: sum.map { String($0.incidentIDs.count) } ?? "–",
                low: sum.map { String($0.low) } ?? "–", best: sum.map { String($0.best) } ?? "–", high: sum.map { String($0.high) } ?? "–",
                gap: sum.map { String(p.value - $0.best) } ?? "–", verdict: verdict, discrepancyHref: d.map { ctx.links.discrepancy($0.id) })
        }
        hasRows = !rows.isEmpty
    }
}

/// `totals.html`: the incidents added up by month and area, and by governorate.
public struct TotalsPage: Sendable {
    public struct Row: Sendable {
        public var period: String
        public var area: String
        public var pcode: String
        public var measure: String
        public var category: String
        public var incidents: Int
        public var low: Int
        public var best: Int
        public var high: Int
    }

    public var chrome: Chrome
    public var byMonth: [Row]
    public var byGovernorate: [Row]
    public var hasRows: Bool

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Totals by month and governorate", current: "totals.html")
        let totals = TotalsBuilder.totals(ctx.data.reconciliation.incidents)
        byMonth = totals.map {
            Row(period: $0.period, area: $0.area, pcode: "", measure: $0.measure.rawValue, category: $0.category.rawValue,
                incidents: $0.incidents, low: $0.low, best: $0.best, high: $0.high)
        }
        byGovernorate = GovernorateTotals.group(totals).map {
            Row(period: $0.periods.sorted().joined(separator: " "), area: $0.governorate, pcode: $0.pcode, measure: $0.measure.rawValue,
                category: $0.category.rawValue, incidents: $0.incidents, low: $0.low, best: $0.best, high: $0.high)
        }
        hasRows = !byMonth.isEmpty
    }
}
