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
    /// Columns whose text is never cut in a table: shown whole, and wrapped over several lines when
    /// the table is wider than the terminal (evidence, summaries). The others keep their width, up to
    /// ``TextTable/maxCellWidth``; ids are never cut.
    static var wrappedColumns: [String] { get }
    /// Columns cut shorter (with `…`) when wrapping alone does not fit a table in the terminal
    /// (names of places and publishers; never ids).
    static var truncatableColumns: [String] { get }
}

extension Tabular {
    /// None: every column keeps its width.
    public static var wrappedColumns: [String] { [] }
    /// None.
    public static var truncatableColumns: [String] { [] }
}
