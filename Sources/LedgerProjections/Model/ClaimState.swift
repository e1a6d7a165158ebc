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
///
/// A value type with copy-on-write storage: a claim's state is several hundred bytes inline, and the
/// projections keep it in arrays and dictionaries that copy their elements (a box makes a copy one
/// reference, and a replay of a million claims a fraction of the memory).
public struct ClaimState: Codable, Hashable, Sendable {
    private final class Storage: @unchecked Sendable {
        // Mutated only through ``ClaimState``'s setters, after `isKnownUniquelyReferenced` (copy on write).
        var original: Claim
        /// The corrected claim, boxed, only when it differs from the original (most claims are never
        /// corrected; a `Claim` is several hundred bytes inline).
        private var corrected: Box?
        var current: Claim {
            get { corrected?.claim ?? original }
            set { corrected = newValue == original ? nil : Box(newValue) }
        }
        var extractorVersion: String
        var seq: Int64
        var recordedAt: String
        var corrections: [Revision]
        var retraction: Revision?

        init(original: Claim, current: Claim, extractorVersion: String, seq: Int64, recordedAt: String,
             corrections: [Revision], retraction: Revision?) {
            self.original = original
            self.corrected = current == original ? nil : Box(current)
            self.extractorVersion = extractorVersion
            self.seq = seq
            self.recordedAt = recordedAt
            self.corrections = corrections
            self.retraction = retraction
        }

        final class Box: @unchecked Sendable {
            let claim: Claim
            init(_ claim: Claim) { self.claim = claim }
        }

        func copy() -> Storage {
            Storage(original: original, current: current, extractorVersion: extractorVersion, seq: seq, recordedAt: recordedAt,
                    corrections: corrections, retraction: retraction)
        }
    }

    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The claim as extracted.
    public var original: Claim {
        get { storage.original }
        set { unique().original = newValue }
    }
    /// The claim after every correction.
    public var current: Claim {
        get { storage.current }
        set { unique().current = newValue }
    }
    public var extractorVersion: String {
        get { storage.extractorVersion }
        set { unique().extractorVersion = newValue }
    }
    /// Sequence number of the `claim_extracted` event.
    public var seq: Int64 {
        get { storage.seq }
        set { unique().seq = newValue }
    }
    public var recordedAt: String {
        get { storage.recordedAt }
        set { unique().recordedAt = newValue }
    }
    public var corrections: [Revision] {
        get { storage.corrections }
        set { unique().corrections = newValue }
    }
    public var retraction: Revision? {
        get { storage.retraction }
        set { unique().retraction = newValue }
    }

    public init(extracted: ClaimExtracted, seq: Int64, recordedAt: String) {
        storage = Storage(
            original: extracted.claim, current: extracted.claim, extractorVersion: extracted.extractorVersion, seq: seq,
            recordedAt: recordedAt, corrections: [], retraction: nil)
    }

    /// Applies a correction (later corrections win field by field).
    public mutating func correct(_ c: ClaimCorrected, seq: Int64, recordedAt: String) {
        let s = unique()
        s.current = c.patch.applied(to: s.current)
        s.corrections.append(Revision(seq: seq, recordedAt: recordedAt, reason: c.reason, patch: c.patch))
    }

    /// Marks the claim retracted (the first retraction stands; a claim cannot be un-retracted).
    public mutating func retract(_ r: ClaimRetracted, seq: Int64, recordedAt: String) {
        if retraction == nil { retraction = Revision(seq: seq, recordedAt: recordedAt, reason: r.reason) }
    }

    public var id: String { current.id }

    public static func == (a: ClaimState, b: ClaimState) -> Bool {
        a.storage === b.storage
            || (a.original == b.original && a.current == b.current && a.extractorVersion == b.extractorVersion
                && a.seq == b.seq && a.recordedAt == b.recordedAt && a.corrections == b.corrections && a.retraction == b.retraction)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(original)
        hasher.combine(current)
        hasher.combine(extractorVersion)
        hasher.combine(seq)
        hasher.combine(recordedAt)
        hasher.combine(corrections)
        hasher.combine(retraction)
    }

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
        let original = try c.decode(Claim.self, forKey: .original)
        storage = Storage(
            original: original, current: try c.decodeIfPresent(Claim.self, forKey: .current) ?? original,
            extractorVersion: try c.decode(String.self, forKey: .extractorVersion), seq: try c.decode(Int64.self, forKey: .seq),
            recordedAt: try c.decode(String.self, forKey: .recordedAt), corrections: try c.decode([Revision].self, forKey: .corrections),
            retraction: try c.decodeIfPresent(Revision.self, forKey: .retraction))
    }
}
