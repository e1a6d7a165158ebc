import Foundation

/// The form of a report's text its identity is computed from, so that the same article saved in
/// different ways is one report in the ledger.
///
/// The normal form: Unicode NFC; no byte-order mark; line ends as LF (CRLF and lone CR converted); no
/// white space at the end of a line; no empty lines at the end, and exactly one final LF. A clean
/// UTF-8 file (NFC, LF line ends, one final newline) is its own normal form, so its identity is the
/// hash of its bytes, as it was before this form existed.
public enum ReportIdentity {
    public static func normalized(_ text: String) -> String {
        var text = text.precomposedStringWithCanonicalMapping
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is one Character in Swift: split on both kinds of line end at the scalar level.
        var lines: [Substring.UnicodeScalarView] = []
        var line = Substring.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pendingCR = false
        while let s = scalars.next() {
            if pendingCR {
                pendingCR = false
                if s == "\n" { continue }
            }
            if s == "\r" || s == "\n" {
                lines.append(line)
                line = Substring.UnicodeScalarView()
                pendingCR = s == "\r"
                continue
            }
            line.append(s)
        }
        lines.append(line)
        var trimmed = lines.map { trimTrailingWhiteSpace(String($0)) }
        while let last = trimmed.last, last.isEmpty { trimmed.removeLast() }
        return trimmed.joined(separator: "\n") + "\n"
    }

    static func trimTrailingWhiteSpace(_ line: String) -> String {
        var scalars = line.unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
