import LedgerCore
import LedgerProjections

/// `index.html`: the ledger head and whether its chain holds, what the ledger holds, the period it
/// covers, its sources and the running tallies at a glance.
public struct OverviewPage: Sendable {
    public struct Count: Sendable { public var label: String; public var value: Int; public var href: String }
    public struct SourceRow: Sendable {
        public var name: String
        public var arabic: Bool
        public var href: String
        public var reports: Int
        public var claims: Int
    }
    public struct SeriesRow: Sendable {
        public var href: String
        public var publisher: String
        public var arabic: Bool
        public var scope: String
        public var measure: String
        public var category: String
        public var points: Int
        public var stated: Int
        public var incidents: String
    }

    public var chrome: Chrome
    public var head: String
    public var chainIntact: Bool
    public var chainDetail: String
    public var events: Int64
    public var counts: [Count]
    public var discrepancyKinds: [Count]
    public var periodFrom: String
    public var periodTo: String
    public var reportsFrom: String
    public var reportsTo: String
    public var asOf: String
    public var through: String
    public var extractorVersions: String
    public var sources: [SourceRow]
    public var series: [SeriesRow]
    public var hasSeries: Bool
    public var hasSources: Bool

    public init(_ ctx: ReportContext) {
        let data = ctx.data, rec = data.reconciliation
        chrome = ctx.chrome("Casualty ledger report", current: "index.html")
        head = data.head
        chainIntact = data.chain?.intact ?? false
        chainDetail = data.chain?.detail ?? "not verified"
        events = data.lastSeq
        counts = [
            Count(label: "reports", value: data.reports.count, href: ctx.links.page("claims.html")),
            Count(label: "claims", value: rec.claims.count, href: ctx.links.page("claims.html")),
            Count(label: "incidents", value: rec.incidents.count, href: ctx.links.page("incidents.html")),
            Count(label: "running series", value: ctx.series.count, href: ctx.links.page("series.html")),
            Count(label: "discrepancies", value: rec.discrepancies.count, href: ctx.links.page("discrepancies.html")),
        ]
        discrepancyKinds = DiscrepancyKind.allCases.map { k in
            Count(label: k.rawValue, value: rec.discrepancies.filter { $0.kind == k }.count, href: ctx.links.page("discrepancies.html"))
        }
        let days = rec.incidents.compactMap(\.day).sorted()
        periodFrom = days.first?.description ?? "–"
        periodTo = days.last?.description ?? "–"
        let published = data.reports.values.compactMap(\.published).sorted()
        reportsFrom = published.first?.description ?? "–"
        reportsTo = published.last?.description ?? "–"
        asOf = data.query.asOf ?? "now (everything recorded)"
        through = data.query.through ?? "no limit"
        extractorVersions = data.extractorVersions.joined(separator: ", ")
        sources = ctx.sources.map { key, claims in
            SourceRow(name: key, arabic: TextDirection.hasArabic(key), href: ctx.links.source(key),
                      reports: Set(claims.map(\.claim.report)).count, claims: claims.count)
        }
        series = ctx.series.map { key, points in
            let last = points.last!
            let sum = ScopeSum.of(last, in: ctx.scopeIndex, through: data.query.throughDay)
            return SeriesRow(
                href: ctx.links.page("series.html") + "#" + SeriesChart.anchor(key), publisher: last.publisher,
                arabic: TextDirection.hasArabic(last.publisher), scope: last.scope, measure: last.measure.rawValue,
                category: last.category.rawValue, points: points.count, stated: last.value,
                incidents: sum.map { "\($0.best) (\($0.low)–\($0.high))" } ?? "–")
        }
        hasSeries = !series.isEmpty
        hasSources = !sources.isEmpty
    }
}
