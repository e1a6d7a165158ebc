import LedgerCore

/// How a claim belongs to an incident.
public struct IncidentMember: Codable, Hashable, Sendable {
    public var claimID: String
    public var source: String
    public var value: Int
    public var category: VictimCategory
    public var day: Day?
    /// `counted` (the source's current figure), `superseded` (revised by its own source), `relay`
    /// (another publisher relaying the source's figure: evidence, counted once with the source), or
    /// `copy` (a republished copy, counted with its original).
    public var status: MemberStatus
    /// `auto` or `manual` (a `claims_linked` event put it here).
    public var linkedBy: LinkOrigin
    public var evidence: EvidenceRef

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case source, value, category, day, status
        case linkedBy = "linked_by"
        case evidence
    }
}

/// One source's current figure for an incident.
public struct SourceFigure: Codable, Hashable, Sendable {
    public var source: String
    public var claimID: String
    public var value: Int
    public var qualifier: Qualifier
    /// Earlier figures of the same source that this one replaces.
    public var supersedes: [String]

    enum CodingKeys: String, CodingKey {
        case source
        case claimID = "claim_id"
        case value, qualifier, supersedes
    }
}

/// Claims from one or more reports linked as one incident, with the figure each source gives and
/// a reconciled low, high and best.
///
/// Best-figure rule: with one independent source, its latest figure; with several, the median of
/// the sources' latest figures (the lower median for an even count, so two disagreeing sources give
/// the lower, credible figure). Low and high are the smallest and largest current source figures.
public struct Incident: Codable, Hashable, Sendable {
    /// `inc-` and a hash of the sorted member claim ids.
    public var id: String
    /// The linking group(s) it came from (`incident:measure|place`).
    public var group: String
    public var measure: Measure
    public var category: VictimCategory
    public var place: String
    public var placeText: String?
    public var admin1: String?
    /// The incident's date: the earliest resolved date of a main-frame claim, else any member's.
    public var day: Day?
    public var lastDay: Day?
    public var low: Int
    public var high: Int
    public var best: Int
    public var rule: String
    public var sources: [SourceFigure]
    public var members: [IncidentMember]
    /// Category breakdown from the members' parts and subsets: the largest figure any counted source
    /// gives for each category (used when a tally counts one category).
    public var breakdown: [String: Int]
    /// Members with a coarse place that finer incidents of the same days could also hold (nil: none).
    public var ambiguous: [AmbiguousPlacement]?
    /// Back-references elsewhere that recall this incident ("a similar attack in Hajin in January that
    /// killed nine"): claim ids, never counted in it. Not stored: filled in for display by
    /// ``BackReferences/attach(claims:to:)`` (`ledger incidents`, `ledger explain`); nil when none.
    public var recalledBy: [String]?

    public var claimIDs: [String] { members.map(\.claimID) }

    /// The claim behind the best figure: the first source that gives it (a total's evidence).
    public var bestClaimID: String? { sources.first { $0.value == best }?.claimID }

    /// The figure for one victim category: the whole figure when the incident is of that category or
    /// the category is `all`, else the breakdown's figure, else nil.
    public func figure(for category: VictimCategory, using value: Int) -> Int? {
        if category == .all || category == self.category { return value }
        return breakdown[category.rawValue].map { min($0, value) }
    }

    enum CodingKeys: String, CodingKey {
        case id, group, measure, category, place
        case placeText = "place_text"
        case admin1, day
        case lastDay = "last_day"
        case low, high, best, rule, sources, members, breakdown, ambiguous
        case recalledBy = "recalled_by"
    }
}
