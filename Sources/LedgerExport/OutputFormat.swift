/// The formats every tabular command can print.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people; Arabic cells are isolated so right-to-left text cannot scramble a row.
    case table
    /// One JSON array (pretty-printed, sorted keys).
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 CSV with a header row.
    case csv
}

/// A record that can be shown as a table row, a CSV row and a JSON object.
public protocol Tabular: Encodable {
    /// Column headers for table and CSV output.
    static var columns: [String] { get }
    /// The row's cells, in the order of ``columns``.
    var cells: [String] { get }
}
