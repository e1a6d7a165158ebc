import LedgerCore
import LedgerExport
import LedgerProjections

/// One running tally beside the incidents the ledger holds for it (`ledger totals --tallies`).
public struct TallyRow: Tabular {
    /// The tally beside its incidents.
    public var row: TallyReconciliationRow

    /// A row for `row`.
    public init(_ row: TallyReconciliationRow) { self.row = row }

    /// The table's column names.
    public static let columns = ["publisher", "scope", "measure", "category", "period", "stated", "incidents", "low", "high", "best", "gap", "claim"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let r = row
        let period = "\(r.periodStart?.description ?? "?")..\(r.periodEnd?.description ?? "")"
        return [r.publisher, r.scope, r.measure.rawValue, r.category.rawValue, period, TotalQualifier.sign(r.qualifier) + "\(r.stated)",
                "\(r.incidents)", "\(r.low)", "\(r.high)", "\(r.best)", "\(r.gap)", r.claimID]
    }

    /// JSON: the underlying value's fields.
    public func encode(to encoder: any Encoder) throws { try row.encode(to: encoder) }
}
