import LedgerCore

/// A person's correction or retraction of a claim, as folded from the log.
public struct Revision: Codable, Hashable, Sendable {
    public var seq: Int64
    public var recordedAt: String
    public var reason: String
    /// The fields changed (nil for a retraction).
    public var patch: ClaimPatch?

    public init(seq: Int64, recordedAt: String, reason: String, patch: ClaimPatch? = nil) {
        self.seq = seq
        self.recordedAt = recordedAt
        self.reason = reason
        self.patch = patch
    }

    enum CodingKeys: String, CodingKey {
        case seq
        case recordedAt = "recorded_at"
        case reason, patch
    }
}

/// One claim as the log leaves it: the extracted claim, every correction applied in order, and
/// whether it was retracted. A pure fold of the claim's own events.
public struct ClaimState: Codable, Hashable, Sendable {
    /// The claim as extracted.
    public var original: Claim
    /// The claim after every correction.
    public var current: Claim
    public var extractorVersion: String
    /// Sequence number of the `claim_extracted` event.
    public var seq: Int64
    public var recordedAt: String
    public var corrections: [Revision]
    public var retraction: Revision?

    public init(extracted: ClaimExtracted, seq: Int64, recordedAt: String) {
        original = extracted.claim
        current = extracted.claim
        extractorVersion = extracted.extractorVersion
        self.seq = seq
        self.recordedAt = recordedAt
        corrections = []
        retraction = nil
    }

    /// Applies a correction (later corrections win field by field).
    public mutating func correct(_ c: ClaimCorrected, seq: Int64, recordedAt: String) {
        current = c.patch.applied(to: current)
        corrections.append(Revision(seq: seq, recordedAt: recordedAt, reason: c.reason, patch: c.patch))
    }

    /// Marks the claim retracted (the first retraction stands; a claim cannot be un-retracted).
    public mutating func retract(_ r: ClaimRetracted, seq: Int64, recordedAt: String) {
        if retraction == nil { retraction = Revision(seq: seq, recordedAt: recordedAt, reason: r.reason) }
    }

    public var id: String { current.id }

    enum CodingKeys: String, CodingKey {
        case original, current
        case extractorVersion = "extractor_version"
        case seq
        case recordedAt = "recorded_at"
        case corrections, retraction
    }

    /// `current` is stored only when a correction changed it: most claims are never corrected, and
    /// storing the claim once halves what read models and checkpoints hold and decode.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(original, forKey: .original)
        try c.encodeIfPresent(current == original ? nil : current, forKey: .current)
        try c.encode(extractorVersion, forKey: .extractorVersion)
        try c.encode(seq, forKey: .seq)
        try c.encode(recordedAt, forKey: .recordedAt)
        try c.encode(corrections, forKey: .corrections)
        try c.encodeIfPresent(retraction, forKey: .retraction)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        original = try c.decode(Claim.self, forKey: .original)
        current = try c.decodeIfPresent(Claim.self, forKey: .current) ?? original
        extractorVersion = try c.decode(String.self, forKey: .extractorVersion)
        seq = try c.decode(Int64.self, forKey: .seq)
        recordedAt = try c.decode(String.self, forKey: .recordedAt)
        corrections = try c.decode([Revision].self, forKey: .corrections)
        retraction = try c.decodeIfPresent(Revision.self, forKey: .retraction)
    }
}
