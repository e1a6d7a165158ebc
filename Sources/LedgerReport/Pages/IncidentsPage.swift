import LedgerCore
import LedgerProjections

/// `incidents.html`: every incident with its low, best and high and every source's figure.
public struct IncidentsPage: Sendable {
    public struct SourceCell: Sendable {
        public var source: String
        public var arabic: Bool
        public var value: Int
        public var qualifier: String
        public var href: String
        public var revised: Bool
    }
    public struct Row: Sendable {
        public var id: String
        public var day: String
        public var place: String
        public var placeText: String
        public var placeDir: String
        public var placeLang: String
        public var admin1: String
        public var measure: String
        public var category: String
        public var low: Int
        public var best: Int
        public var high: Int
        public var rule: String
        public var sources: [SourceCell]
    }

    public var chrome: Chrome
    public var rows: [Row]
    public var hasRows: Bool

    public init(_ ctx: ReportContext) {
        chrome = ctx.chrome("Incidents", current: "incidents.html")
        rows = ctx.data.reconciliation.incidents.sorted { ($0.day?.ordinal ?? 0, $0.id) < ($1.day?.ordinal ?? 0, $1.id) }.map { inc in
            Row(
                id: inc.id, day: inc.day?.description ?? "undated", place: inc.place, placeText: inc.placeText ?? "",
                placeDir: TextDirection.of(inc.placeText ?? "").dir, placeLang: TextDirection.of(inc.placeText ?? "").lang, admin1: inc.admin1 ?? "?", measure: inc.measure.rawValue,
                category: inc.category.rawValue, low: inc.low, best: inc.best, high: inc.high, rule: inc.rule,
                sources: inc.sources.map {
                    SourceCell(source: $0.source, arabic: TextDirection.hasArabic($0.source), value: $0.value,
                               qualifier: $0.qualifier == .exact ? "" : $0.qualifier.rawValue.split(separator: "_").joined(separator: " "),
                               href: ctx.links.claim($0.claimID), revised: !$0.supersedes.isEmpty)
                })
        }
        hasRows = !rows.isEmpty
    }
}
