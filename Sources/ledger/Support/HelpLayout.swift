import Foundation
import LedgerExport

/// Lays out `--help` text for the terminal's width without breaking an example command.
///
/// ArgumentParser wraps the whole help screen at the terminal's width, examples included, so that a
/// command could end up split over two lines (and be pasted half). The help is rendered unwrapped
/// and laid out here: prose and option help wrap at spaces with their hanging indent as before;
/// an example line (an indented `ledger …` or `curl …`) is never broken: when it is too wide, the
/// comment beside it moves to the next line, and the command stays whole even if wider than the
/// terminal. The usage line is left as ArgumentParser writes it.
enum HelpLayout {
    /// `text` laid out for `width` columns.
    static func layout(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { lines(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line of help as one or more lines of at most `width` columns (an example command may be wider).
    static func lines(_ line: String, width: Int) -> [String] {
        guard TextTable.displayWidth(line) > width, !line.hasPrefix("USAGE:") else { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let body = String(line.dropFirst(indent))
        if indent > 0, isExample(body) {
            // The command whole; the comment after a run of 3+ spaces on its own lines below.
            guard let gap = body.range(of: "   ") else { return [line] }
            let command = String(body[..<gap.lowerBound])
            let comment = body[gap.upperBound...].trimmingCharacters(in: .whitespaces)
            let pad = String(repeating: " ", count: indent + 4)
            return [String(repeating: " ", count: indent) + command] + wrap(comment, width: width - pad.count).map { pad + $0 }
        }
        let hanging = hangingIndent(line, indent: indent)
        let first = String(line.prefix(hanging))
        let pad = String(repeating: " ", count: hanging)
        let words = wrap(String(line.dropFirst(hanging)), width: width - hanging)
        return words.enumerated().map { ($0.offset == 0 ? first : pad) + $0.element }
    }

    /// Whether an indented line is an example command.
    static func isExample(_ body: String) -> Bool {
        body.hasPrefix("ledger ") || body.hasPrefix("curl ")
    }

    /// Where the wrapped text of a line starts: after an option's label (`--db <path>` and the
    /// spaces after it) or at the line's own indent.
    static func hangingIndent(_ line: String, indent: Int) -> Int {
        let body = line.dropFirst(indent)
        guard indent > 0, let gap = body.range(of: "  ") else { return indent }
        let after = body[gap.lowerBound...].prefix { $0 == " " }.count
        return indent + body.distance(from: body.startIndex, to: gap.lowerBound) + after
    }

    /// `text` broken at spaces into lines of at most `width` columns (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, TextTable.displayWidth(current) + 1 + TextTable.displayWidth(String(word)) > max(1, width) {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        return lines + [current]
    }
}
