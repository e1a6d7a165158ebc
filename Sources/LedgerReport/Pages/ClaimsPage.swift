import LedgerCore
import LedgerProjections

/// `claims.html`: every claim with its sentence; the target of every chart point and evidence link.
public struct ClaimsPage: Sendable {
    public struct Row: Sendable {
        public var id: String
        public var report: String
        public var publisher: String
        public var arabic: Bool
        public var day: String
        public var kind: String
        public var role: String
        public var measure: String
        public var value: Int
        public var qualifier: String
        public var category: String
        public var place: String
        public var status: String
        public var sentence: EvidenceSentence
        public var sourceHref: String
    }

    public var chrome: Chrome
    public var rows: [Row]
    public var hasRows: Bool

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Claims", current: "claims.html")
        var rows: [Row] = []
        rows.reserveCapacity(ctx.data.reconciliation.claims.count)
        // One report's text is read once for all its claims.
        for (report, claims) in Dictionary(grouping: ctx.data.reconciliation.claims, by: \.claim.report).sorted(by: { $0.key < $1.key }) {
            let text = ctx.data.reports[report]?.text
            let scalars = text.map { Array($0.unicodeScalars) }
            for r in claims.sorted(by: { $0.claim.span.start < $1.claim.span.start }) {
                let c = r.claim
                rows.append(Row(
                    id: r.id, report: String(report.prefix(12)), publisher: r.publisher, arabic: TextDirection.hasArabic(r.publisher),
                    day: r.publishedDay?.description ?? "undated", kind: c.kind.rawValue, role: c.role.rawValue, measure: c.measure.rawValue,
                    value: c.value, qualifier: c.qualifier.rawValue, category: c.category.rawValue, place: c.place?.name ?? "",
                    status: r.status.rawValue, sentence: EvidenceSentence(span: c.span, scalars: scalars),
                    sourceHref: ctx.links.source(r.sourceKey)))
            }
        }
        self.rows = rows
        hasRows = !rows.isEmpty
    }
}
