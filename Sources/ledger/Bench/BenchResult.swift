import Foundation
import LedgerExport

/// One measured figure of a benchmark run.
struct BenchResult: Tabular, Encodable {
    var size: Int
    var stage: String
    var value: Double
    var unit: String
    var detail: String

    static let columns = ["events", "stage", "value", "unit", "detail"]
    /// Never cut: wrapped to the terminal's width.
    static let wrappedColumns = ["detail"]

    var cells: [String] {
        [String(size), stage, value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value), unit, detail]
    }
}
