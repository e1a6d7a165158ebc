import Foundation
import LedgerCore

/// Prints tabular records in any ``OutputFormat``.
public enum Renderer {
    /// `records` in `format`; a table fits in `width` terminal columns where it can (nil: no limit),
    /// by wrapping its ``Tabular/wrappedColumns``.
    public static func render<T: Tabular>(_ records: [T], as format: OutputFormat, width: Int? = nil) throws -> String {
        switch format {
        case .table:
            let wrapped = Set(T.wrappedColumns.compactMap { T.columns.firstIndex(of: $0) })
            let truncatable = Set(T.truncatableColumns.compactMap { T.columns.firstIndex(of: $0) })
            return TextTable(columns: T.columns, rows: records.map(\.cells), width: width, wrapped: wrapped, truncatable: truncatable)
                .render()
        case .csv:
            return CSVWriter().render(header: T.columns, rows: records.map(\.cells))
        case .json:
            return try prettyJSON(records) + "\n"
        case .jsonl:
            var out = ""
            for record in records { out += try CanonicalJSON.string(record) + "\n" }
            return out
        }
    }

    /// Pretty-printed JSON with sorted keys (stable across runs).
    public static func prettyJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
