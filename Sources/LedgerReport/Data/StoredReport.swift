import LedgerCore

/// One ingested report as the report pages show it: who published it, when, and its text (the text
/// claims' spans point into).
public struct StoredReport: Hashable, Sendable {
    /// The content hash.
    public var hash: String
    public var publisher: String?
    public var published: Day?
    /// The file or address it came from, as recorded.
    public var source: String?
    public var sourceURL: String?
    public var language: String?
    /// The text as ingested (untrusted: every page escapes it).
    public var text: String
    /// Sequence number of its `report_ingested` event.
    public var seq: Int64

    public init(_ event: ReportIngested, seq: Int64) {
        hash = event.report.contentHash
        publisher = event.report.publisher
        published = event.report.published
        source = event.report.source
        sourceURL = event.report.sourceURL
        language = event.report.language
        text = event.text
        self.seq = seq
    }
}
