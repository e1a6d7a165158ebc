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
