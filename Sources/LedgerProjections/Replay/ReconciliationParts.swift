/// Which parts of a reconciliation a reader needs: an as-of read (``ReadModelHistory``) or a read of
/// the current read models decodes only those, and leaves the others empty.
///
/// `ledger discrepancies` needs no claim, `ledger incidents` only the back-references (to fill each
/// incident's `recalledBy`), `ledger series` only the series points: reading every claim for them was
/// most of their time on a large ledger (claims are the largest read model).
public struct ReconciliationParts: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Every claim that held.
    public static let claims = ReconciliationParts(rawValue: 1)
    /// At least every claim ``BackReferences/isBackReference(_:)`` admits (a subset of the claims;
    /// implied by ``claims``).
    public static let backReferences = ReconciliationParts(rawValue: 2)
    /// The incidents.
    public static let incidents = ReconciliationParts(rawValue: 4)
    /// The series points, numbered.
    public static let series = ReconciliationParts(rawValue: 8)
    /// The discrepancies, the `tally_vs_incidents` checks derived (which reads the series' last points
    /// and the incidents, whether or not they are asked for).
    public static let discrepancies = ReconciliationParts(rawValue: 16)

    /// The whole reconciliation.
    public static let all: ReconciliationParts = [.claims, .backReferences, .incidents, .series, .discrepancies]
}
