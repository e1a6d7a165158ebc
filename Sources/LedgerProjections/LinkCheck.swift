import LedgerCore

/// The checks a person's `claims_linked` decision must pass before it is appended (`ledger link`):
/// the claims must be ones the automatic linker could have put in one incident, but for their
/// place. A link that fails them (a claim linked to itself, `killed` with `arrested`, an incident
/// with a running tally, figures two years apart) would make a figure vanish from the totals.
///
/// - at least two distinct claims, all known and none retracted;
/// - every claim an incident figure (`kind` incident) and a whole one (`role` total, not a part or
///   subset of a breakdown);
/// - one measure;
/// - victim categories the linker finds compatible (``IncidentLinker/compatible(_:_:)``);
/// - for every pair, dates no further apart than the linker's window for that pair
///   (``IncidentLinker/window(_:_:)``: ±1 day for resolved dates, ±3 when either is a back-reference,
///   ±7 when either date is unresolved or missing and its report's day stands in). Undated claims pass.
public enum LinkCheck {
    /// One reason not to append a link, naming its claims.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var description: String
        /// False for a link that names fewer than two claims or an unknown one: `--force` cannot
        /// override that.
        public var overridable: Bool
    }

    /// The problems with linking `ids` (empty: the link may be appended). `records` holds the
    /// known claims by id.
    public static func problems(_ ids: [String], records: [String: ClaimRecord]) -> [Problem] {
        let distinct = Array(Set(ids)).sorted()
        if distinct.count < 2 {
            return [Problem(description: "a link needs at least two distinct claims", overridable: false)]
        }
        let unknown = distinct.filter { records[$0] == nil }
        if !unknown.isEmpty { return unknown.map { Problem(description: "no such claim \($0)", overridable: false) } }
        let claims = distinct.compactMap { records[$0] }
        return (claims.flatMap(single) + pairs(claims)).map { Problem(description: $0, overridable: true) }
    }

    static func single(_ r: ClaimRecord) -> [String] {
        var out: [String] = []
        if r.isRetracted { out.append("\(r.id) is retracted") }
        if r.claim.kind != .incident { out.append("\(r.id) is a \(r.claim.kind.rawValue) (a running total), not an incident figure") }
        if r.claim.role != .total {
            out.append("\(r.id) is a \(r.claim.role.rawValue) of the breakdown of \(r.claim.parent ?? "another claim")")
        }
        return out
    }

    static func pairs(_ claims: [ClaimRecord]) -> [String] {
        var out: [String] = []
        for (i, a) in claims.enumerated() {
            for b in claims[(i + 1)...] {
                if a.claim.measure != b.claim.measure {
                    out.append("\(a.id) counts \(a.claim.measure.rawValue) but \(b.id) counts \(b.claim.measure.rawValue)")
                }
                if !IncidentLinker.compatible(a.claim.category, b.claim.category) {
                    out.append("\(a.id) counts \(a.claim.category.rawValue) but \(b.id) counts \(b.claim.category.rawValue)")
                }
                if let problem = dates(a, b) { out.append(problem) }
            }
        }
        return out
    }

    static func dates(_ a: ClaimRecord, _ b: ClaimRecord) -> String? {
        let fa = LinkFacts(a), fb = LinkFacts(b)
        guard let distance = IncidentLinker.distance(fa, fb) else { return nil }
        let window = IncidentLinker.window(fa, fb)
        guard distance > window else { return nil }
        let da = IncidentLinker.anchor(a)?.description ?? "?", db = IncidentLinker.anchor(b)?.description ?? "?"
        return "\(a.id) (\(da)) and \(b.id) (\(db)) are \(distance) days apart, beyond the linker's window of \(window) day(s) for them"
    }
}
