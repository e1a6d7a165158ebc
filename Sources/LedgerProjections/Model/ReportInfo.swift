import LedgerCore

/// What the projections need to know about an ingested report.
public struct ReportInfo: Codable, Hashable, Sendable {
    /// The report's content hash.
    public var hash: String
    public var publisher: String?
    public var published: Day?
    public var source: String?
    /// Sequence number of its `report_ingested` event.
    public var seq: Int64
    /// When the ledger learned of it.
    public var recordedAt: String

    public init(hash: String, publisher: String?, published: Day?, source: String?, seq: Int64, recordedAt: String) {
        self.hash = hash
        self.publisher = publisher
        self.published = published
        self.source = source
        self.seq = seq
        self.recordedAt = recordedAt
    }

    /// The day the report speaks from: its publication date, else the day it was recorded.
    public var effectiveDay: Day? { published ?? Day(iso: recordedAt) }

    enum CodingKeys: String, CodingKey {
        case hash, publisher, published, source, seq
        case recordedAt = "recorded_at"
    }
}

/// A `report_marked_republication` fact: `report` is a copy of `original`.
public struct Republication: Codable, Hashable, Sendable {
    public var report: String
    public var original: String
    public var reason: String
    public var seq: Int64

    public init(report: String, original: String, reason: String, seq: Int64) {
        self.report = report
        self.original = original
        self.reason = reason
        self.seq = seq
    }
}
