/// A claim's standing in the read models: the `status` of `ledger claims` and of the claims export.
/// The raw values are what is stored (`rm_claims.status`) and exported.
public enum ClaimStatus: String, Codable, Sendable, CaseIterable {
    /// Current (a corrected claim too: its corrected fields are the current ones).
    case active
    /// Retracted by a `claim_retracted` event.
    case retracted
    /// In a republished copy: counted once, with its original.
    case copy
    /// The same report gives a later figure that replaces it.
    case superseded
}

/// How a member claim counts in its incident (``IncidentMember/status``).
public enum MemberStatus: String, Codable, Sendable, CaseIterable {
    /// The source's current figure.
    case counted
    /// Revised by its own source's later figure.
    case superseded
    /// A republished copy, counted with its original.
    case copy
    /// Another publisher relaying the source's figure: evidence, counted once with the source.
    case relay
}

/// What put a claim in its incident (``IncidentMember/linkedBy``).
public enum LinkOrigin: String, Codable, Sendable, CaseIterable {
    /// The automatic linking rule.
    case auto
    /// A `claims_linked` event.
    case manual
}
