import LedgerCore

/// A person's `claims_linked` or `claims_unlinked` event, or the `decision_withdrawn` event that
/// takes one back (`withdraws` set: it names the withdrawn decision's claims, so that the queries
/// that find a claim's links find its withdrawal too).
public struct LinkFact: Codable, Hashable, Sendable {
    public var seq: Int64
    /// True for `claims_linked`, false for `claims_unlinked` (for a withdrawal: the withdrawn one's).
    public var linked: Bool
    public var claimIDs: [String]
    public var reason: String
    public var recordedAt: String
    /// For a withdrawal, the sequence number of the decision it withdraws.
    public var withdraws: Int64?
    /// True for a link ingest appended by rule (``WideClaimLinker``), not a person.
    public var automatic: Bool?

    public init(
        seq: Int64, linked: Bool, claimIDs: [String], reason: String, recordedAt: String, withdraws: Int64? = nil, automatic: Bool? = nil
    ) {
        self.seq = seq
        self.linked = linked
        self.claimIDs = claimIDs
        self.reason = reason
        self.recordedAt = recordedAt
        self.withdraws = withdraws
        self.automatic = automatic
    }

    /// The withdrawal of `decision` by the `decision_withdrawn` event at `seq`.
    public init(withdrawing decision: LinkFact, seq: Int64, reason: String, recordedAt: String) {
        self.init(seq: seq, linked: decision.linked, claimIDs: decision.claimIDs, reason: reason, recordedAt: recordedAt,
                  withdraws: decision.seq)
    }

    /// The decisions that stand: withdrawals and the decisions they withdraw left out, as if never made.
    public static func standing(_ facts: [LinkFact]) -> [LinkFact] {
        let withdrawn = Set(facts.compactMap(\.withdraws))
        if withdrawn.isEmpty { return facts }
        return facts.filter { $0.withdraws == nil && !withdrawn.contains($0.seq) }
    }

    enum CodingKeys: String, CodingKey {
        case seq, linked
        case claimIDs = "claim_ids"
        case reason
        case recordedAt = "recorded_at"
        case withdraws, automatic
    }
}

/// The effect of every link event, folded in order: for each pair of claims, the last word.
public struct LinkDecisions: Sendable {
    /// Pairs a person said are one incident (and did not later unlink).
    public private(set) var forced: Set<ClaimPair> = []
    /// Pairs a person said are not one incident (and did not later link).
    public private(set) var forbidden: Set<ClaimPair> = []
    /// The link events that made each decision, for explanations.
    public private(set) var reasons: [ClaimPair: LinkFact] = [:]
    /// Forced pairs whose standing decision ingest made by rule, not a person.
    public private(set) var automatic: Set<ClaimPair> = []

    public init(_ facts: [LinkFact]) {
        for fact in LinkFact.standing(facts).sorted(by: { $0.seq < $1.seq }) {
            let ids = Array(Set(fact.claimIDs)).sorted()
            for i in ids.indices {
                for j in ids.indices where j > i {
                    let pair = ClaimPair(ids[i], ids[j])
                    if fact.linked {
                        forced.insert(pair)
                        forbidden.remove(pair)
                        if fact.automatic == true { automatic.insert(pair) } else { automatic.remove(pair) }
                    } else {
                        automatic.remove(pair)
                        forbidden.insert(pair)
                        forced.remove(pair)
                    }
                    reasons[pair] = fact
                }
            }
        }
    }
}

/// An unordered pair of claim ids.
public struct ClaimPair: Hashable, Sendable {
    public let a: String
    public let b: String
    public init(_ x: String, _ y: String) {
        if x <= y { a = x; b = y } else { a = y; b = x }
    }
}
