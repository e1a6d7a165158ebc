import Foundation

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
public struct CSVWriter: Sendable {
    /// Starts the output with a UTF-8 byte-order mark, so spreadsheet programs read Arabic as UTF-8.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
    }

    public func render(header: [String], rows: [[String]], extraHeaderRows: [[String]] = []) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out += CSVWriter.line(header)
        for row in extraHeaderRows { out += CSVWriter.line(row) }
        for row in rows { out += CSVWriter.line(row) }
        return out
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// The field, quoted when it holds a comma, quote, CR or LF or starts or ends with a space. Read as UTF-8 bytes (all
    /// five are ASCII, and no byte of a multi-byte character is one): walking the text's characters was a tenth of a
    /// CSV export's time.
    public static func field(_ value: String) -> String {
        let utf8 = value.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
            || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
