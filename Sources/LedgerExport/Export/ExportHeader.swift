/// The header of a JSON export: ties the export to the exact ledger state it came from.
///
/// It holds nothing that changes between two runs on the same ledger state (no generation time), so
/// the same state always gives byte-identical exports.
public struct ExportHeader: Codable, Hashable, Sendable {
    public var what: String
    /// Hash of the last event folded: with `event_count`, identifies the ledger state exported.
    public var ledgerHead: String
    public var eventCount: Int64
    /// The recorded-time cut-off (`--as-of`), canonical UTC, or nil for everything.
    public var asOf: String?
    /// The event-time cut-off (`--through`), or nil.
    public var through: String?
    public var exporter: String
    public var rows: Int

    public init(what: String, ledgerHead: String, eventCount: Int64, asOf: String?, through: String?, exporter: String, rows: Int) {
        self.what = what
        self.ledgerHead = ledgerHead
        self.eventCount = eventCount
        self.asOf = asOf
        self.through = through
        self.exporter = exporter
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey {
        case what
        case ledgerHead = "ledger_head"
        case eventCount = "event_count"
        case asOf = "as_of"
        case through, exporter, rows
    }
}
