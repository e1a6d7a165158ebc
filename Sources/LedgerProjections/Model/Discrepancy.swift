import LedgerCore

/// The kinds of discrepancy the checks report (design §4).
public enum DiscrepancyKind: String, Codable, Sendable, CaseIterable, Comparable {
    case partsDoNotSum = "parts_do_not_sum"
    case subsetExceedsTotal = "subset_exceeds_total"
    case seriesDecreases = "series_decreases"
    case tallyVsIncidents = "tally_vs_incidents"
    case sourcesDisagree = "sources_disagree"
    case superseded
    case dateConflict = "date_conflict"
    /// A claim naming a coarse place (a province, a district) that several finer incidents of its days
    /// could hold: left out of them all, for a person to link.
    case ambiguousLink = "ambiguous_link"

    public static func < (a: DiscrepancyKind, b: DiscrepancyKind) -> Bool { a.rawValue < b.rawValue }
}

/// How much a discrepancy matters. Ordered: info < warning < error.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info, warning, error

    var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One claim cited as evidence: the figure, where it was stated, and the event that recorded it.
public struct EvidenceRef: Codable, Hashable, Sendable {
    public var claimID: String
    public var measure: Measure
    public var category: VictimCategory
    public var value: Int
    public var qualifier: Qualifier
    public var report: String
    public var publisher: String
    public var reportDay: Day?
    public var span: Span
    /// Sequence number of the `claim_extracted` event.
    public var seq: Int64

    public init(_ r: ClaimRecord) {
        claimID = r.id
        measure = r.claim.measure
        category = r.claim.category
        value = r.claim.value
        qualifier = r.claim.qualifier
        report = r.claim.report
        publisher = r.publisher
        reportDay = r.reportDay
        span = r.claim.span
        seq = r.state.seq
    }

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case measure, category, value, qualifier, report, publisher
        case reportDay = "report_day"
        case span, seq
    }
}

/// A check that failed: what does not hold together, the numbers, and the claims on each side.
///
/// `stated` is the figure under test (a total, a later series figure, a tally, the lowest source),
/// `other` what it was checked against (the sum of parts, the earlier figure, the sum of incidents,
/// the highest source), and `gap = other - stated`.
public struct Discrepancy: Codable, Hashable, Sendable {
    /// Deterministic: a hash of the kind, the group and the claims on each side.
    public var id: String
    public var kind: DiscrepancyKind
    public var severity: Severity
    /// The projection group that produced it (`report:…`, `incident:…`, `series:…`).
    public var group: String
    public var summary: String
    public var stated: Int?
    public var other: Int?
    public var gap: Int?
    public var sideA: [EvidenceRef]
    public var sideB: [EvidenceRef]
    /// Incidents involved (for `sources_disagree`, `tally_vs_incidents`, `date_conflict`).
    public var incidents: [String]

    public init(
        kind: DiscrepancyKind, severity: Severity, group: String, summary: String, stated: Int?, other: Int?,
        sideA: [EvidenceRef], sideB: [EvidenceRef], incidents: [String] = [], idSalt: String = ""
    ) {
        self.kind = kind
        self.severity = severity
        self.group = group
        self.summary = summary
        self.stated = stated
        self.other = other
        if let stated, let other { gap = other - stated } else { gap = nil }
        self.sideA = sideA.sorted { $0.claimID < $1.claimID }
        self.sideB = sideB.sorted { $0.claimID < $1.claimID }
        self.incidents = incidents
        let key = [kind.rawValue, group, sideA.map(\.claimID).sorted().joined(separator: ","),
                   sideB.map(\.claimID).sorted().joined(separator: ","), idSalt].joined(separator: "|")
        id = "d-" + String(EventHash.sha256Hex(Array(key.utf8)).prefix(12))
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, severity, group, summary, stated, other, gap
        case sideA = "side_a"
        case sideB = "side_b"
        case incidents
    }
}
