/// Renders rows as aligned columns for a terminal.
///
/// Cells that contain right-to-left letters are wrapped in Unicode first-strong isolates
/// (U+2068 … U+2069), so a terminal that applies the bidirectional algorithm shows an Arabic
/// cell right-to-left inside its column without reordering the row around it. Column widths count
/// what a terminal draws: combining marks and format characters take no width.
public struct TextTable: Sendable {
    public var columns: [String]
    public var rows: [[String]]
    /// Longest cell shown; longer ones are cut with `…`.
    public var maxCellWidth: Int

    public init(columns: [String], rows: [[String]], maxCellWidth: Int = 60) {
        self.columns = columns
        self.rows = rows
        self.maxCellWidth = maxCellWidth
    }

    public func render() -> String {
        let cut = rows.map { $0.map { TextTable.truncate(TextTable.oneLine($0), to: maxCellWidth) } }
        var widths = columns.map { TextTable.displayWidth($0) }
        for row in cut {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TextTable.displayWidth(cell))
            }
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: max(0, widths[i] - TextTable.displayWidth(cell)))
                parts.append(TextTable.isolated(cell) + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        line(columns)
        line(widths.map { String(repeating: "─", count: $0) })
        for row in cut { line(row) }
        return out
    }

    /// Wraps text holding right-to-left letters in first-strong isolate marks.
    public static func isolated(_ cell: String) -> String {
        containsRTL(cell) ? "\u{2068}\(cell)\u{2069}" : cell
    }

    public static func containsRTL(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }

    /// The number of terminal cells a string takes (combining marks and format characters take none).
    public static func displayWidth(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars {
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
