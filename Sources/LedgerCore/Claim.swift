/// What a figure counts.
public enum Measure: String, Codable, Sendable, CaseIterable, Comparable {
    case killed
    case wounded
    /// A combined killed-and-wounded figure. Never a death count.
    case killedOrWounded = "killed_or_wounded"
    case missing
    case captured
    case arrested
    case operations
    case displaced

    public static func < (a: Measure, b: Measure) -> Bool { a.rawValue < b.rawValue }
}

/// How exact the stated figure is.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case exact
    case atLeast = "at_least"
    case moreThan = "more_than"
    case about
    case upTo = "up_to"
}

/// Whether the figure is one event's own toll or a total over a period or area.
public enum ClaimKind: String, Codable, Sendable, CaseIterable {
    case incident
    case tally
}

/// A figure's place in a breakdown.
public enum ClaimRole: String, Codable, Sendable, CaseIterable {
    /// A figure that is not a cell of any breakdown in the text.
    case total
    /// One cell of an exhaustive breakdown of `parent`.
    case part
    /// An "including N ..." figure inside `parent`.
    case subset
}

/// Which event frame of the page the figure belongs to.
public enum ClaimContext: String, Codable, Sendable, CaseIterable {
    /// The report's own incident or tally.
    case main
    /// An earlier event mentioned in passing ("the attack comes a week after ...").
    case backReference = "back_reference"
    /// War-wide or long-run context ("the war has killed more than 520,000 people").
    case background
}

/// Victim group, from a controlled list. The words as written are kept beside it in `Claim.categoryText`.
public enum VictimCategory: String, Codable, Sendable, CaseIterable, Comparable {
    case all
    case civilians
    case children
    case women
    case sdf
    case `is`
    case regime
    case government
    case military
    case iranBacked = "iran_backed"
    case russian
    case guards
    case coalition
    case opposition
    case unidentified
    case other

    public static func < (a: VictimCategory, b: VictimCategory) -> Bool { a.rawValue < b.rawValue }
}

/// The evidence of a claim: offsets into the *original* report text and the text they cover.
///
/// Offsets count Unicode scalars (code points) from the start of the text, the unit Python's
/// `str` indexing and most JSON consumers use; `end` is exclusive.
public struct Span: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A normalised place and the words as written.
public struct Place: Codable, Hashable, Sendable {
    /// Canonical key, e.g. `deir ez-zor` or `al-shuhayl` (transliteration variants folded).
    public var name: String
    /// The words in the report.
    public var text: String
    /// The province (first administrative level) the place lies in, canonical key (`deir ez-zor`,
    /// `raqqa`, `hasakah`, `homs` ...), when known. For an area scope such as "areas of the
    /// Autonomous Administration" or "the Syrian desert", nil, with `name` naming the area
    /// (`aanes`, `badia`, `syria`).
    public var admin1: String?

    public init(name: String, text: String, admin1: String? = nil) {
        self.name = name
        self.text = text
        self.admin1 = admin1
    }
}

/// The period a tally covers. Either end may be open; `text` keeps the words.
public struct Period: Codable, Hashable, Sendable {
    public var start: Day?
    public var end: Day?
    public var text: String
    /// True when the words were relative ("since the start of the month") and no publication date
    /// was known to resolve them.
    public var unresolved: Bool

    public init(start: Day?, end: Day?, text: String, unresolved: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.unresolved = unresolved
    }

    public func contains(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }
}

/// An incident's date: the resolved day, or the candidates when the text is ambiguous or contradictory.
public struct EventDate: Codable, Hashable, Sendable {
    /// The best single day, when one can be given.
    public var day: Day?
    /// Every day the text supports; more than one means a `date_conflict` or a two-day window.
    public var candidates: [Day]
    public var text: String
    /// True when the text was relative and no publication date was known.
    public var unresolved: Bool

    public init(day: Day?, candidates: [Day] = [], text: String, unresolved: Bool = false) {
        self.day = day
        self.candidates = candidates.isEmpty ? (day.map { [$0] } ?? []) : candidates
        self.text = text
        self.unresolved = unresolved
    }
}

/// One figure stated in one report: the unit everything in the ledger is built from.
public struct Claim: Codable, Hashable, Sendable {
    /// Stable id: the report's short hash and the claim's index in that report (`3f9a1c2e7b10-4`).
    public var id: String
    public var measure: Measure
    public var value: Int
    public var qualifier: Qualifier
    public var kind: ClaimKind
    public var role: ClaimRole
    /// For a part or subset: the id of the claim it breaks down.
    public var parent: String?
    public var category: VictimCategory
    /// The category's words as written ("مدنياً", "SDF fighters").
    public var categoryText: String?
    public var place: Place?
    public var period: Period?
    public var eventDate: EventDate?
    /// Who states the figure: the publisher, or the party it quotes.
    public var attributedTo: String?
    /// What the text says the figure leaves out.
    public var exclusions: [String]
    public var context: ClaimContext
    /// The figure was called preliminary ("the toll could rise").
    public var provisional: Bool
    /// For a figure the same report calls its earlier one: the id of the claim that replaces it.
    public var supersededBy: String?
    /// True when the breakdown this total heads is cut off (a truncated text), so its parts cannot be checked.
    public var incomplete: Bool
    /// The marker said "subset" but the sums made it a partition, or similar notes on how the text was read.
    public var notes: [String]
    public var span: Span
    /// The report's content hash.
    public var report: String

    public init(
        id: String, measure: Measure, value: Int, qualifier: Qualifier = .exact, kind: ClaimKind,
        role: ClaimRole = .total, parent: String? = nil, category: VictimCategory = .all,
        categoryText: String? = nil, place: Place? = nil, period: Period? = nil, eventDate: EventDate? = nil,
        attributedTo: String? = nil, exclusions: [String] = [], context: ClaimContext = .main,
        provisional: Bool = false, supersededBy: String? = nil, incomplete: Bool = false, notes: [String] = [],
        span: Span, report: String
    ) {
        self.id = id
        self.measure = measure
        self.value = value
        self.qualifier = qualifier
        self.kind = kind
        self.role = role
        self.parent = parent
        self.category = category
        self.categoryText = categoryText
        self.place = place
        self.period = period
        self.eventDate = eventDate
        self.attributedTo = attributedTo
        self.exclusions = exclusions
        self.context = context
        self.provisional = provisional
        self.supersededBy = supersededBy
        self.incomplete = incomplete
        self.notes = notes
        self.span = span
        self.report = report
    }

    enum CodingKeys: String, CodingKey {
        case id, measure, value, qualifier, kind, role, parent, category
        case categoryText = "category_text"
        case place, period
        case eventDate = "event_date"
        case attributedTo = "attributed_to"
        case exclusions, context, provisional
        case supersededBy = "superseded_by"
        case incomplete, notes, span, report
    }
}
