import LedgerCore
import LedgerProjections

/// `source-….html`: one source's record. How often it revises its own figures, how often another
/// source contradicts it, how often its tallies run ahead of (or behind) the incidents the ledger knows.
public struct SourcePage: Sendable {
    public struct ReportRow: Sendable {
        public var hash: String
        public var published: String
        public var file: String
        public var claims: Int
    }
    public struct Finding: Sendable {
        public var id: String
        public var href: String
        public var kind: String
        public var severity: String
        public var summary: String
    }
    public struct SeriesLink: Sendable { public var href: String; public var scope: String; public var points: Int; public var last: Int }

    public var chrome: Chrome
    public var name: String
    public var nameDir: String
    public var nameLang: String
    public var file: String
    public var reports: [ReportRow]
    public var reportCount: Int
    public var claims: Int
    public var revisions: Int
    public var seriesDecreases: Int
    public var contradicted: Int
    public var ahead: Int
    public var behind: Int
    public var series: [SeriesLink]
    public var findings: [Finding]
    /// Stored, not computed: Mustache reads a model's stored properties only.
    public var hasSeries: Bool
    public var hasFindings: Bool

    public init(_ ctx: ReportContext, key: String, claims records: [ClaimRecord]) {
        chrome = ctx.chrome("Source", current: "")
        name = key
        let d = TextDirection.of(key)
        (nameDir, nameLang) = (d.dir, d.lang)
        file = PageLinks.sourceFile(key)
        let mine = Set(records.map(\.id))
        reports = Dictionary(grouping: records, by: \.claim.report).map { hash, cs in
            let r = ctx.data.reports[hash]
            return ReportRow(hash: String(hash.prefix(12)), published: r?.published?.description ?? "?", file: r?.source ?? "", claims: cs.count)
        }.sorted { ($0.published, $0.hash) < ($1.published, $1.hash) }
        reportCount = reports.count
        claims = records.count
        // Its own figures replaced by later ones: superseded claims, and source figures that supersede earlier ones.
        revisions = records.filter { $0.claim.supersededBy != nil }.count
            + ctx.data.reconciliation.incidents.flatMap(\.sources).filter { mine.contains($0.claimID) && !$0.supersedes.isEmpty }.count
        let touching = ctx.data.reconciliation.discrepancies.filter { d in (d.sideA + d.sideB).contains { mine.contains($0.claimID) } }
        seriesDecreases = touching.filter { $0.kind == .seriesDecreases }.count
        contradicted = touching.filter { $0.kind == .sourcesDisagree }.count
        let tallies = touching.filter { $0.kind == .tallyVsIncidents && $0.sideA.contains { mine.contains($0.claimID) } }
        ahead = tallies.filter { ($0.gap ?? 0) < 0 }.count
        behind = tallies.filter { ($0.gap ?? 0) > 0 }.count
        series = ctx.series.filter { $0.points.contains { mine.contains($0.claimID) } }.map {
            SeriesLink(href: ctx.links.page("series.html") + "#" + SeriesChart.anchor($0.key), scope: $0.points.last!.scope,
                       points: $0.points.count, last: $0.points.last!.value)
        }
        findings = touching.map {
            Finding(id: $0.id, href: ctx.links.discrepancy($0.id), kind: $0.kind.rawValue, severity: $0.severity.rawValue, summary: $0.summary)
        }
        hasSeries = !series.isEmpty
        hasFindings = !findings.isEmpty
    }
}
