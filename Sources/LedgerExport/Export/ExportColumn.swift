/// One exported column: its name, its HXL hashtag, its type and what it means (the codebook).
public struct ExportColumn: Hashable, Sendable {
    public enum ValueType: String, Sendable {
        case string, integer, date, list
    }

    public var name: String
    /// Humanitarian Exchange Language hashtag for the optional second header row (`--hxl`).
    public var hxl: String
    public var type: ValueType
    public var meaning: String

    public init(_ name: String, _ hxl: String, _ type: ValueType, _ meaning: String) {
        self.name = name
        self.hxl = hxl
        self.type = type
        self.meaning = meaning
    }
}

/// A table of exported rows: cells are text; `type` says how JSON writes them.
public struct ExportTable: Sendable {
    public var what: ExportWhat
    public var columns: [ExportColumn]
    public var rows: [[String]]

    public init(what: ExportWhat, columns: [ExportColumn], rows: [[String]]) {
        self.what = what
        self.columns = columns
        self.rows = rows
    }
}

/// What an export holds.
public enum ExportWhat: String, CaseIterable, Sendable {
    case totals, incidents, claims, discrepancies, reconciliation
}

extension ExportColumn {
    /// A closed vocabulary as the codebook writes it, from the type that holds it: "`a`, `b` or `c`".
    /// The codebook lists each closed column's values in backticks (a test reads them back).
    static func vocabulary<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        let names = T.allCases.map { "`\($0.rawValue)`" }
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
