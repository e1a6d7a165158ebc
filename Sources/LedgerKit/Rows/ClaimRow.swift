import LedgerCore
import LedgerExport
import LedgerProjections

/// A claims-view row: the current claim, its status and its evidence.
public struct ClaimRow: Tabular {
    /// The claim as it stands, with its status and report.
    public var record: ClaimRecord

    /// A row for `record`.
    public init(record: ClaimRecord) { self.record = record }

    /// The table's column names.
    public static let columns = ["id", "status", "kind", "role", "measure", "value", "category", "place", "date/period", "publisher", "report_day", "evidence"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["evidence"]
    /// Cut shorter when the table is still too wide.
    public static let truncatableColumns = ["place", "publisher", "date/period", "measure", "category"]

    /// The row's cells, one per column.
    public var cells: [String] {
        let c = record.claim
        return [c.id, record.status.rawValue + (record.isCorrected ? "*" : ""), c.kind.rawValue, c.role.rawValue, c.measure.rawValue,
                qualified(c.value, c.qualifier), c.category.rawValue, c.place?.name ?? "", ClaimFormatting.when(c), record.publisher,
                record.publishedDay?.description ?? "", c.span.text]
    }

    /// JSON: the claim, its status, publisher, report day, copy, sequence number, corrections and
    /// retraction (and the original value of a corrected claim).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(record.claim, forKey: .claim)
        try c.encode(record.status, forKey: .status)
        try c.encode(record.publisher, forKey: .publisher)
        try c.encodeIfPresent(record.publishedDay, forKey: .reportDay)
        try c.encodeIfPresent(record.copyOf, forKey: .copyOf)
        try c.encode(record.state.seq, forKey: .seq)
        try c.encode(record.state.corrections, forKey: .corrections)
        try c.encodeIfPresent(record.state.retraction, forKey: .retraction)
        if record.isCorrected { try c.encode(record.state.original.value, forKey: .originalValue) }
    }

    private enum Keys: String, CodingKey {
        case claim, status, publisher, seq, corrections, retraction
        case reportDay = "report_day"
        case copyOf = "copy_of"
        case originalValue = "original_value"
    }
}

/// A figure with its qualifier's sign: `32`, `≥32`, `>32`, `~32`, `≤32`.
public func qualified(_ value: Int, _ q: Qualifier) -> String {
    switch q {
    case .exact: "\(value)"
    case .atLeast: "≥\(value)"
    case .moreThan: ">\(value)"
    case .about: "~\(value)"
    case .upTo: "≤\(value)"
    }
}
