/// Payload of ``EventType/reportIngested``.
public struct ReportIngested: Codable, Hashable, Sendable {
    public var report: ReportMeta
    public var text: String

    public init(report: ReportMeta, text: String) {
        self.report = report
        self.text = text
    }
}

/// Payload of ``EventType/claimExtracted``.
public struct ClaimExtracted: Codable, Hashable, Sendable {
    public var claim: Claim
    public var extractorVersion: String

    public init(claim: Claim, extractorVersion: String) {
        self.claim = claim
        self.extractorVersion = extractorVersion
    }

    enum CodingKeys: String, CodingKey {
        case claim
        case extractorVersion = "extractor_version"
    }
}

/// The fields a person may correct on a claim. Absent fields are left as they were.
public struct ClaimPatch: Codable, Hashable, Sendable {
    public var measure: Measure?
    public var value: Int?
    public var qualifier: Qualifier?
    public var category: VictimCategory?
    public var place: Place?
    public var eventDate: EventDate?
    public var period: Period?
    public var attributedTo: String?

    public init(
        measure: Measure? = nil, value: Int? = nil, qualifier: Qualifier? = nil, category: VictimCategory? = nil,
        place: Place? = nil, eventDate: EventDate? = nil, period: Period? = nil, attributedTo: String? = nil
    ) {
        self.measure = measure
        self.value = value
        self.qualifier = qualifier
        self.category = category
        self.place = place
        self.eventDate = eventDate
        self.period = period
        self.attributedTo = attributedTo
    }

    /// The claim with this patch applied.
    public func applied(to claim: Claim) -> Claim {
        var c = claim
        if let measure { c.measure = measure }
        if let value { c.value = value }
        if let qualifier { c.qualifier = qualifier }
        if let category { c.category = category }
        if let place { c.place = place }
        if let eventDate { c.eventDate = eventDate }
        if let period { c.period = period }
        if let attributedTo { c.attributedTo = attributedTo }
        return c
    }

    public var isEmpty: Bool { self == ClaimPatch() }

    enum CodingKeys: String, CodingKey {
        case measure, value, qualifier, category, place
        case eventDate = "event_date"
        case period
        case attributedTo = "attributed_to"
    }
}

/// Payload of ``EventType/claimCorrected``.
public struct ClaimCorrected: Codable, Hashable, Sendable {
    public var claimID: String
    public var patch: ClaimPatch
    public var reason: String

    public init(claimID: String, patch: ClaimPatch, reason: String) {
        self.claimID = claimID
        self.patch = patch
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case patch, reason
    }
}

/// Payload of ``EventType/claimRetracted``.
public struct ClaimRetracted: Codable, Hashable, Sendable {
    public var claimID: String
    public var reason: String

    public init(claimID: String, reason: String) {
        self.claimID = claimID
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case reason
    }
}

/// Payload of ``EventType/claimsLinked`` and ``EventType/claimsUnlinked``.
public struct ClaimsLinkage: Codable, Hashable, Sendable {
    public var claimIDs: [String]
    public var reason: String
    /// True when a person appended the decision with `--force` over the checks `ledger link` makes
    /// (absent otherwise, so that earlier events keep their canonical JSON).
    public var forced: Bool?
    /// The problems the checks found and `--force` overrode (absent unless forced).
    public var overridden: [String]?
    /// True when no person decided it: ingest linked a figure that names no place (or only a region
    /// wider than a governorate) to the one incident it can be (absent otherwise, so that earlier
    /// events keep their canonical JSON).
    public var automatic: Bool?

    public init(claimIDs: [String], reason: String, forced: Bool? = nil, overridden: [String]? = nil, automatic: Bool? = nil) {
        self.claimIDs = claimIDs
        self.reason = reason
        self.forced = forced
        self.overridden = overridden
        self.automatic = automatic
    }

    enum CodingKeys: String, CodingKey {
        case claimIDs = "claim_ids"
        case reason, forced, overridden, automatic
    }
}

public struct ReportMarkedRepublication: Codable, Hashable, Sendable {
    /// Content hash of the copy.
    public var report: String
    /// Content hash of the original it republishes.
    public var original: String
    public var reason: String

    public init(report: String, original: String, reason: String) {
        self.report = report
        self.original = original
        self.reason = reason
    }
}

/// A decoded event payload.
public enum EventPayload: Hashable, Sendable {
    case reportIngested(ReportIngested)
    case claimExtracted(ClaimExtracted)
    case claimCorrected(ClaimCorrected)
    case claimRetracted(ClaimRetracted)
    case claimsLinked(ClaimsLinkage)
    case claimsUnlinked(ClaimsLinkage)
    case reportMarkedRepublication(ReportMarkedRepublication)
    case decisionWithdrawn(DecisionWithdrawn)

    public var type: EventType {
        switch self {
        case .reportIngested: .reportIngested
        case .claimExtracted: .claimExtracted
        case .claimCorrected: .claimCorrected
        case .claimRetracted: .claimRetracted
        case .claimsLinked: .claimsLinked
        case .claimsUnlinked: .claimsUnlinked
        case .reportMarkedRepublication: .reportMarkedRepublication
        case .decisionWithdrawn: .decisionWithdrawn
        }
    }

    /// The payload as canonical JSON bytes: sorted keys, no insignificant white space.
    public func canonicalJSON() throws -> [UInt8] {
        switch self {
        case .reportIngested(let p): p.fastCanonicalJSON()
        case .claimExtracted(let p): p.fastCanonicalJSON()
        case .claimCorrected(let p): try CanonicalJSON.encode(p)
        case .claimRetracted(let p): try CanonicalJSON.encode(p)
        case .claimsLinked(let p): try CanonicalJSON.encode(p)
        case .claimsUnlinked(let p): try CanonicalJSON.encode(p)
        case .reportMarkedRepublication(let p): try CanonicalJSON.encode(p)
        case .decisionWithdrawn(let p): try CanonicalJSON.encode(p)
        }
    }

    /// Decodes a stored payload of the given type.
    public static func decode(type: EventType, json: [UInt8]) throws -> EventPayload {
        switch type {
        case .reportIngested: .reportIngested(try CanonicalJSON.decode(ReportIngested.self, from: json))
        case .claimExtracted: .claimExtracted(try CanonicalJSON.decode(ClaimExtracted.self, from: json))
        case .claimCorrected: .claimCorrected(try CanonicalJSON.decode(ClaimCorrected.self, from: json))
        case .claimRetracted: .claimRetracted(try CanonicalJSON.decode(ClaimRetracted.self, from: json))
        case .claimsLinked: .claimsLinked(try CanonicalJSON.decode(ClaimsLinkage.self, from: json))
        case .claimsUnlinked: .claimsUnlinked(try CanonicalJSON.decode(ClaimsLinkage.self, from: json))
        case .reportMarkedRepublication:
            .reportMarkedRepublication(try CanonicalJSON.decode(ReportMarkedRepublication.self, from: json))
        case .decisionWithdrawn: .decisionWithdrawn(try CanonicalJSON.decode(DecisionWithdrawn.self, from: json))
        }
    }
}
