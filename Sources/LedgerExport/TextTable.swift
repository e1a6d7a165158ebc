/// Renders rows as aligned columns for a terminal.
///
/// Cells that contain right-to-left letters are wrapped in Unicode first-strong isolates
/// (U+2068 … U+2069), so a terminal that applies the bidirectional algorithm shows an Arabic
/// cell right-to-left inside its column without reordering the row around it. Column widths count
/// what a terminal draws: combining marks and format characters take no width.
///
/// The wrapped columns are never cut: a table wider than ``width`` wraps their text over several
/// lines (at spaces, or inside a word longer than the column); the other columns keep their width.
public struct TextTable: Sendable {
    /// The column headers.
    public var columns: [String]
    /// The rows' cells.
    public var rows: [[String]]
    /// Longest cell shown in a column that is not wrapped; longer ones are cut with `…`.
    public var maxCellWidth: Int
    /// The terminal's width (nil: no limit).
    public var width: Int?
    /// The indexes of the columns that are never cut, and wrap to fit ``width``.
    public var wrapped: Set<Int>
    /// The indexes of the columns cut shorter (with `…`) when wrapping alone does not fit ``width``.
    public var truncatable: Set<Int>
    /// The narrowest a wrapped column is made.
    public static let minWrapWidth = 16

    /// A table of `rows` under `columns`.
    public init(
        columns: [String], rows: [[String]], maxCellWidth: Int = 60, width: Int? = nil, wrapped: Set<Int> = [],
        truncatable: Set<Int> = []
    ) {
        self.columns = columns
        self.rows = rows
        self.maxCellWidth = maxCellWidth
        self.width = width
        self.wrapped = wrapped
        self.truncatable = truncatable.subtracting(wrapped)
    }

    /// The table as text, one line per row (more for a row whose wrapped cells take several).
    public func render() -> String {
        var cut = rows.map { row in
            row.enumerated().map { i, cell in
                wrapped.contains(i) ? TextTable.oneLine(cell) : TextTable.truncate(TextTable.oneLine(cell), to: maxCellWidth)
            }
        }
        let widths = fitted(natural(cut))
        cut = cut.map { row in
            row.enumerated().map { i, cell in truncatable.contains(i) && i < widths.count ? TextTable.truncate(cell, to: widths[i]) : cell }
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            let last = min(cells.count, widths.count) - 1
            for (i, cell) in cells.enumerated() where i < widths.count {
                // The last cell is not padded: the line's trailing spaces go anyway (a list of claim ids
                // can make the last column thousands of characters wide).
                let pad = i == last ? "" : String(repeating: " ", count: max(0, widths[i] - TextTable.displayWidth(cell)))
                parts.append(TextTable.isolated(cell) + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        line(columns)
        line(widths.map { String(repeating: "─", count: $0) })
        for row in cut {
            let pieces = row.enumerated().map { i, cell in
                wrapped.contains(i) && i < widths.count ? TextTable.wrap(cell, to: widths[i]) : [cell]
            }
            let height = pieces.map(\.count).max() ?? 1
            for k in 0..<height { line(pieces.map { k < $0.count ? $0[k] : "" }) }
        }
        return out
    }

    /// Each column's width with nothing wrapped.
    func natural(_ rows: [[String]]) -> [Int] {
        var widths = columns.map { TextTable.displayWidth($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TextTable.displayWidth(cell))
            }
        }
        return widths
    }

    /// The widths narrowed to fit ``width``: first the wrapped columns give up room, in proportion
    /// to their natural width and never below ``minWrapWidth`` (or their header); then, if the table
    /// is still too wide, the truncatable ones, down to their header or 8 cells. Ids are never cut.
    func fitted(_ natural: [Int]) -> [Int] {
        guard let width else { return natural }
        var widths = shrink(natural, columns: wrapped, floor: TextTable.minWrapWidth, to: width)
        widths = shrink(widths, columns: truncatable, floor: 8, to: width)
        return widths
    }

    /// `widths` with `columns` narrowed in proportion to fit `width`, none below `floor` or its header.
    func shrink(_ widths: [Int], columns flexible: Set<Int>, floor: Int, to width: Int) -> [Int] {
        let total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        let shrinking = widths.indices.filter { flexible.contains($0) }
        guard total > width, !shrinking.isEmpty else { return widths }
        let fixed = total - shrinking.map { widths[$0] }.reduce(0, +)
        let room = max(0, width - fixed)
        var out = widths
        for i in shrinking { out[i] = min(widths[i], max(floor, TextTable.displayWidth(columns[i]))) }
        // What is left above the floors goes to each column in proportion to what it gave up.
        let extra = room - shrinking.map { out[$0] }.reduce(0, +)
        let wanted = shrinking.map { widths[$0] - out[$0] }.reduce(0, +)
        guard extra > 0, wanted > 0 else { return out }
        for i in shrinking { out[i] += min(widths[i] - out[i], extra * (widths[i] - out[i]) / wanted) }
        return out
    }

    /// `text` in lines of at most `width` terminal cells, broken at spaces (inside a word only when
    /// the word alone is wider).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0, displayWidth(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let sep = current.isEmpty ? "" : " "
            if displayWidth(current) + displayWidth(sep) + displayWidth(word) <= width {
                current += sep + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            var rest = word
            while displayWidth(rest) > width {
                var head = ""
                for ch in rest {
                    if displayWidth(head + String(ch)) > width { break }
                    head.append(ch)
                }
                if head.isEmpty { break }
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            current = rest
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Wraps text holding right-to-left letters in first-strong isolate marks.
    public static func isolated(_ cell: String) -> String {
        containsRTL(cell) ? "\u{2068}\(cell)\u{2069}" : cell
    }

    /// Whether `s` holds a Hebrew or Arabic letter.
    public static func containsRTL(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }

    /// The number of terminal cells a string takes (combining marks and format characters take none).
    public static func displayWidth(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars {
            // Printable ASCII, most of any table, without a lookup of its category.
            if scalar.value >= 0x20 && scalar.value < 0x7F { w += 1; continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: w += 1
            }
        }
        return w
    }

    static func oneLine(_ s: String) -> String {
        s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ") : s
    }

    static func truncate(_ s: String, to width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = displayWidth(String(ch))
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }
}
