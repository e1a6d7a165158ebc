import LedgerCore

/// A claim with a coarse place (a province, a district) that more than one finer incident of its date
/// window could hold: the linker leaves it out of them all, and `ambiguous_link` names them, so that a
/// person decides (`ledger link`).
public struct AmbiguousPlacement: Codable, Hashable, Sendable {
    /// The coarse claim.
    public var claimID: String
    /// The places of the finer incidents it could belong to (their most specific keys), sorted.
    public var places: [String]
    /// A claim of each of those incidents (the first one linked), in the order of `places`.
    public var claims: [String]

    public init(claimID: String, places: [String], claims: [String]) {
        self.claimID = claimID
        self.places = places
        self.claims = claims
    }

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case places, claims
    }
}
