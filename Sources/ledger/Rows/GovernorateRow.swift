import LedgerCore
import LedgerExport
import LedgerProjections

/// One governorate's total (`ledger totals --by governorate`).
struct GovernorateRow: Tabular {
    var total: GovernorateTotal

    static let columns = ["pcode", "governorate", "measure", "category", "incidents", "low", "high", "best", "months"]

    var cells: [String] {
        let t = total
        return [t.pcode, t.governorate, t.measure.rawValue, t.category.rawValue, "\(t.incidents)", "\(t.low)", "\(t.high)",
                TotalQualifier.sign(t.qualifier) + "\(t.best)", t.periods.sorted().joined(separator: " ")]
    }

    func encode(to encoder: any Encoder) throws { try total.encode(to: encoder) }
}
