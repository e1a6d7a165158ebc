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

    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
