import LedgerCore
import LedgerExport
import LedgerProjections

/// One governorate's total (`ledger totals --by governorate`).
public struct GovernorateRow: Tabular {
    /// The governorate's total.
    public var total: GovernorateTotal

    /// A row for `total`.
    public init(total: GovernorateTotal) { self.total = total }

    /// The table's column names.
    public static let columns = ["pcode", "governorate", "measure", "category", "incidents", "low", "high", "best", "months"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let t = total
        return [t.pcode, t.governorate, t.measure.rawValue, t.category.rawValue, "\(t.incidents)", "\(t.low)", "\(t.high)",
                TotalQualifier.sign(t.qualifier) + "\(t.best)", t.periods.sorted().joined(separator: " ")]
    }

    /// JSON: the underlying value's fields.
    public func encode(to encoder: any Encoder) throws { try total.encode(to: encoder) }
}
