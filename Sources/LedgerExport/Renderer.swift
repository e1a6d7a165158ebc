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

    /// ``render(_:as:width:)`` handed to `write` a record at a time (a table whole): the same bytes,
    /// without the whole text, or the whole JSON tree, in memory at once.
    public static func render<T: Tabular>(
        _ records: [T], as format: OutputFormat, width: Int? = nil, into write: @escaping (String) throws -> Void
    ) throws {
        var stream = RecordStream<T>(format, width: width, write: write)
        for record in records { try stream.add(record) }
        try stream.finish()
    }

    /// An element of a pretty-printed array, printed alone, as it reads inside the array (`levels`
    /// arrays or objects deep): each line two spaces further in per level, but the empty line the
    /// encoder writes inside an empty array or object. (A string value never spans lines: its line
    /// ends are escaped.)
    static func indented(_ json: Data, levels: Int = 1) -> String {
        let newline = UInt8(ascii: "\n")
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: 2 * levels)
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 4 * levels)
        var lineStart = true
        for byte in json {
            if lineStart && byte != newline { out += indent }
            out.append(byte)
            lineStart = byte == newline
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func prettyEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Pretty-printed JSON with sorted keys (stable across runs).
    public static func prettyJSON(_ value: some Encodable) throws -> String {
        String(decoding: try prettyEncoder().encode(value), as: UTF8.self)
    }
}
