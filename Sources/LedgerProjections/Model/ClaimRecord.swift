import LedgerCore

/// A claim as the projections see it: its folded state plus what its report says about it.
///
/// This is one row of the claims view. `claim` is the current claim (after corrections).
public struct ClaimRecord: Codable, Hashable, Sendable {
    public var state: ClaimState
    public var report: ReportInfo?
    /// The content hash of the original when the claim's report is a republished copy.
    public var copyOf: String?
    /// The publisher of the original, for a copy (so that a copy is the same source as its original).
    public var originalPublisher: String?

    public init(state: ClaimState, report: ReportInfo?, copyOf: String? = nil, originalPublisher: String? = nil) {
        self.state = state
        self.report = report
        self.copyOf = copyOf
        self.originalPublisher = originalPublisher
    }

    public var claim: Claim { state.current }
    public var id: String { state.current.id }
    public var isRetracted: Bool { state.retraction != nil }
    public var isCopy: Bool { copyOf != nil }
    public var isCorrected: Bool { !state.corrections.isEmpty }

    /// The publisher of the report (or of the original, for a copy); `?` when unknown.
    public var publisher: String { originalPublisher ?? report?.publisher ?? claim.attributedTo ?? "?" }

    /// The source the figure counts for: the organisation it is attributed to when the publisher
    /// relays one (a wire story quoting the Observatory counts for the Observatory), else its
    /// publisher, else the report itself when the publisher is unknown. Names are folded through
    /// ``SourceAliases`` (the Arabic and English names of one organisation are one source). A
    /// republished copy has the source of its original, so it is one source, not two.
    public var sourceKey: String {
        if let a = claim.attributedTo, SourceAliases.isOrganisation(a) { return SourceAliases.canonical(a) }
        if let p = originalPublisher ?? report?.publisher { return SourceAliases.canonical(p) }
        return "report:" + (copyOf ?? claim.report)
    }

    /// Whether the figure is relayed: attributed to an organisation other than its publisher.
    public var isRelay: Bool {
        guard let p = originalPublisher ?? report?.publisher else { return false }
        return sourceKey != SourceAliases.canonical(p)
    }

    /// The day the report speaks from (publication date, else recorded day): what orders a source's
    /// reports and ends a tally with no period. Shown nowhere as the report's date: see ``publishedDay``.
    public var reportDay: Day? { report?.effectiveDay ?? Day(iso: state.recordedAt) }

    /// The report's publication day as its text or sidecar gave it; nil for a report without one (the
    /// day it was ingested is not its date).
    public var publishedDay: Day? { report?.published }

    /// Where the claim sits in the read-model order of its source's reports: publication day,
    /// recorded time, event sequence.
    public var chronology: ReportChronology {
        ReportChronology(day: reportDay, recordedAt: report?.recordedAt ?? state.recordedAt, seq: report?.seq ?? state.seq)
    }

    /// Retracted, a copy, superseded (the same report gives a later figure), else active.
    public var status: ClaimStatus {
        if isRetracted { return .retracted }
        if isCopy { return .copy }
        if claim.supersededBy != nil { return .superseded }
        return .active
    }

    enum CodingKeys: String, CodingKey {
        case state, report
        case copyOf = "copy_of"
        case originalPublisher = "original_publisher"
    }
}

/// A sortable position in time of a report: publication day, then recorded time, then sequence.
public struct ReportChronology: Comparable, Hashable, Sendable {
    public var day: Day?
    public var recordedAt: String
    public var seq: Int64

    public static func < (a: ReportChronology, b: ReportChronology) -> Bool {
        let ad = a.day?.ordinal ?? Int.min, bd = b.day?.ordinal ?? Int.min
        if ad != bd { return ad < bd }
        if a.recordedAt != b.recordedAt { return a.recordedAt < b.recordedAt }
        return a.seq < b.seq
    }
}
