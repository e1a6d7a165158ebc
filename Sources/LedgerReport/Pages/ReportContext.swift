import LedgerCore
import LedgerProjections

/// What every page builder reads: the data, and the lookups built from it once.
public struct ReportContext: Sendable {
    public var data: ReportData
    public var links: PageLinks
    public var claimsByID: [String: ClaimRecord]
    /// The series keys in order, each with its points in series order.
    public var series: [(key: String, points: [SeriesPoint])]
    public var scopeIndex: ScopeSum.Index
    /// Source keys (``ClaimRecord/sourceKey``) in order, with their claims.
    public var sources: [(key: String, claims: [ClaimRecord])]

    public init(_ data: ReportData, links: PageLinks = PageLinks()) {
        self.data = data
        self.links = links
        let rec = data.reconciliation
        claimsByID = Dictionary(rec.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The longest series first: they say the most.
        series = Dictionary(grouping: rec.series, by: \.series).map { ($0.key, $0.value.sorted { $0.position < $1.position }) }
            .sorted { ($1.points.count, $0.key) < ($0.points.count, $1.key) }
        scopeIndex = ScopeSum.Index(rec.incidents)
        sources = Dictionary(grouping: rec.claims, by: \.sourceKey).map { ($0.key, $0.value) }.sorted { $0.key < $1.key }
    }

    /// The source a claim counts for (its id when the claim is unknown).
    public func source(ofClaim id: String) -> String { claimsByID[id]?.sourceKey ?? "?" }

    /// The evidence of a claim reference, in its sentence.
    public func evidence(_ ref: EvidenceRef) -> EvidenceView {
        EvidenceView(ref, text: claimsByID[ref.claimID].flatMap { data.reports[$0.claim.report]?.text }, links: links)
    }

    /// The chrome (title, navigation, state line) of a page.
    public func chrome(_ title: String, current: String) -> Chrome {
        Chrome(title: title, current: current, data: data, links: links)
    }
}

/// A claim cited as evidence, with the sentence it was stated in and the figure highlighted.
public struct EvidenceView: Sendable {
    public var claimID: String
    public var href: String
    public var publisher: String
    public var publisherArabic: Bool
    public var day: String
    public var value: Int
    public var measure: String
    public var category: String
    public var sentence: EvidenceSentence

    public init(_ ref: EvidenceRef, text: String?, links: PageLinks) {
        claimID = ref.claimID
        href = links.claim(ref.claimID)
        publisher = ref.publisher
        publisherArabic = TextDirection.hasArabic(ref.publisher)
        day = ref.reportDay?.description ?? "?"
        value = ref.value
        measure = ref.measure.rawValue
        category = ref.category.rawValue
        sentence = EvidenceSentence(span: ref.span, text: text)
    }
}

/// The frame of every page: its title, the navigation and the line saying which ledger state it shows.
public struct Chrome: Sendable {
    public struct NavItem: Sendable {
        public var href: String
        public var label: String
        public var current: Bool
    }

    public var title: String
    public var nav: [NavItem]
    public var head: String
    public var headShort: String
    public var lastSeq: Int64
    public var asOf: String
    public var through: String
    public var generatedAt: String

    static let pages: [(file: String, label: String)] = [
        ("index.html", "Overview"), ("series.html", "Running tallies"), ("reconciliation.html", "Reconciliation"),
        ("totals.html", "Totals"), ("incidents.html", "Incidents"), ("discrepancies.html", "Discrepancies"),
        ("claims.html", "Claims"),
    ]

    init(title: String, current: String, data: ReportData, links: PageLinks) {
        self.title = title
        nav = Self.pages.map { NavItem(href: links.page($0.file), label: $0.label, current: $0.file == current) }
        head = data.head
        headShort = String(data.head.prefix(12))
        lastSeq = data.lastSeq
        asOf = data.query.asOf ?? "now"
        through = data.query.through ?? "–"
        generatedAt = data.generatedAt
    }
}
