import LedgerCore
import LedgerExport
import LedgerProjections

/// What changed between two reconciliations (the `change` column of `ledger diff`).
public enum DiffChange: String, Encodable, CaseIterable, Sendable {
    /// A claim the earlier side did not have.
    case newClaim = "new claim"
    /// A claim corrected in between.
    case revisedClaim = "revised claim"
    /// A claim whose status changed.
    case status
    /// A claim the later side does not have.
    case claimGone = "claim gone"
    /// A discrepancy found in between.
    case discrepancyFound = "discrepancy found"
    /// A discrepancy no longer found.
    case discrepancyResolved = "discrepancy resolved"
    /// A total whose low, best or high moved.
    case total
}

/// One change between two reconciliations.
public struct DiffRow: Tabular, Encodable, Sendable {
    /// What changed.
    public var change: DiffChange
    /// The claim or discrepancy id, or the total's period, area, measure and category.
    public var id: String
    /// Why, or what.
    public var detail: String
    /// The earlier side (empty: none).
    public var before: String
    /// The later side (empty: none).
    public var after: String

    /// The table's column names.
    public static let columns = ["change", "id", "detail", "before", "after"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["detail"]
    /// The row's cells.
    public var cells: [String] { [change.rawValue, id, detail, before, after] }

    private enum CodingKeys: String, CodingKey { case change, id, detail, before, after }

    /// JSON: a side that is one figure is a number, a missing side null, anything else its words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(change, forKey: .change)
        try c.encode(id, forKey: .id)
        try c.encode(detail, forKey: .detail)
        for (value, key) in [(before, CodingKeys.before), (after, .after)] {
            if value.isEmpty { try c.encodeNil(forKey: key) } else if let n = Int(value) { try c.encode(n, forKey: key) } else { try c.encode(value, forKey: key) }
        }
    }
}

/// Compares two reconciliations.
public enum Differ {
    /// What changed from `a` to `b`: new, revised and gone claims, status changes, discrepancies
    /// found and resolved, totals that moved.
    public static func diff(_ a: Reconciliation, _ b: Reconciliation) -> [DiffRow] {
        var rows: [DiffRow] = []
        let claimsA = Dictionary(a.claims.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let claimsB = Dictionary(b.claims.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        for c in b.claims where claimsA[c.id] == nil {
            rows.append(DiffRow(change: .newClaim, id: c.id, detail: "\(c.claim.measure.rawValue) \(c.claim.category.rawValue) \(c.publisher)", before: "", after: String(c.claim.value)))
        }
        for c in b.claims {
            guard let old = claimsA[c.id] else { continue }
            if old.claim.value != c.claim.value || old.claim.measure != c.claim.measure || old.claim.category != c.claim.category {
                rows.append(DiffRow(change: .revisedClaim, id: c.id, detail: c.state.corrections.last?.reason ?? "",
                                    before: "\(old.claim.measure.rawValue) \(old.claim.category.rawValue) \(old.claim.value)",
                                    after: "\(c.claim.measure.rawValue) \(c.claim.category.rawValue) \(c.claim.value)"))
            }
            if old.status != c.status {
                rows.append(DiffRow(change: .status, id: c.id, detail: c.state.retraction?.reason ?? "", before: old.status.rawValue, after: c.status.rawValue))
            }
        }
        for c in a.claims where claimsB[c.id] == nil {
            rows.append(DiffRow(change: .claimGone, id: c.id, detail: "", before: String(c.claim.value), after: ""))
        }
        let dA = Set(a.discrepancies.map(\.id)), dB = Set(b.discrepancies.map(\.id))
        for d in b.discrepancies where !dA.contains(d.id) {
            rows.append(DiffRow(change: .discrepancyFound, id: d.id, detail: "\(d.kind.rawValue): \(d.summary)", before: "", after: d.gap.map { "gap \($0)" } ?? ""))
        }
        for d in a.discrepancies where !dB.contains(d.id) {
            rows.append(DiffRow(change: .discrepancyResolved, id: d.id, detail: "\(d.kind.rawValue): \(d.summary)", before: d.gap.map { "gap \($0)" } ?? "", after: ""))
        }
        let totalsA = Dictionary(TotalsBuilder.totals(a.incidents).map { ("\($0.period) \($0.area) \($0.measure.rawValue) \($0.category.rawValue)", $0) }, uniquingKeysWith: { x, _ in x })
        for t in TotalsBuilder.totals(b.incidents) {
            let key = "\(t.period) \(t.area) \(t.measure.rawValue) \(t.category.rawValue)"
            let old = totalsA[key]
            if old?.best != t.best || old?.low != t.low || old?.high != t.high {
                rows.append(DiffRow(change: .total, id: key, detail: "\(t.incidents) incident(s)",
                                    before: old.map { "\($0.low)/\($0.best)/\($0.high)" } ?? "", after: "\(t.low)/\(t.best)/\(t.high)"))
            }
        }
        return rows
    }
}

extension LedgerSession {
    /// What changed between two points in recorded time (`to` nil: now), counting only incidents
    /// dated by `through` when given. Both sides are replayed from the log.
    public func diff(from: String, to: String? = nil, through: String? = nil) throws -> [DiffRow] {
        let ledger = try current()
        let day = through.flatMap { Day(iso: $0) }
        let bounds = [from, to].compactMap { $0 }.map { Timestamp.parseUpperBound($0) ?? $0 }
        let (a, _) = try Replayer.reconcile(ledger, asOf: bounds[0], through: day)
        let (b, _) = try Replayer.reconcile(ledger, asOf: bounds.count > 1 ? bounds[1] : nil, through: day)
        return Differ.diff(a, b)
    }
}
