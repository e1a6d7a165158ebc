import LedgerCore
import LedgerProjections

/// `discrepancies.html`: every discrepancy, filterable by kind and severity, each opening onto the
/// evidence of both sides (the sentence, the figure highlighted).
public struct DiscrepanciesPage: Sendable {
    public struct Option: Sendable { public var value: String; public var count: Int }
    public struct IncidentLink: Sendable { public var id: String; public var href: String }
    public struct Item: Sendable {
        public var id: String
        public var kind: String
        public var severity: String
        public var summary: String
        public var summaryDir: String
        public var stated: String
        public var other: String
        public var gap: String
        public var sideA: [EvidenceView]
        public var sideB: [EvidenceView]
        public var incidents: [IncidentLink]
        /// The first (most severe) item opens with the page.
        public var open: Bool
    }

    public var chrome: Chrome
    public var kinds: [Option]
    public var severities: [Option]
    public var items: [Item]
    public var total: Int

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Discrepancies", current: "discrepancies.html")
        let found = ctx.data.reconciliation.discrepancies.sorted { a, b in
            a.severity != b.severity ? a.severity > b.severity : (a.kind, a.id) < (b.kind, b.id)
        }
        kinds = DiscrepancyKind.allCases.map { k in Option(value: k.rawValue, count: found.filter { $0.kind == k }.count) }
        severities = Severity.allCases.reversed().map { s in Option(value: s.rawValue, count: found.filter { $0.severity == s }.count) }
        items = found.enumerated().map { i, d in
            Item(
                id: d.id, kind: d.kind.rawValue, severity: d.severity.rawValue, summary: d.summary,
                summaryDir: TextDirection.of(d.summary).dir, stated: d.stated.map(String.init) ?? "–",
                other: d.other.map(String.init) ?? "–", gap: d.gap.map(String.init) ?? "–",
                sideA: d.sideA.map(ctx.evidence), sideB: d.sideB.map(ctx.evidence),
                incidents: d.incidents.map { IncidentLink(id: $0, href: ctx.links.incident($0)) }, open: i == 0)
        }
        total = found.count
    }
}
