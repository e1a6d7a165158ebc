/// What is known about a report besides its text.
public struct ReportMeta: Codable, Hashable, Sendable {
    /// SHA-256 of the report's text in its normalised form (``ReportIdentity``), lowercase hex: the
    /// report's identity in the ledger, so that one article saved in several ways is one report.
    public var contentHash: String
    /// SHA-256 of the file's bytes as read, where they differ from the normalised text's (a BOM,
    /// CRLF line ends, UTF-16, trailing white space, another normal form); nil where they are the same.
    public var rawHash: String?
    /// The file name or `-` for standard input.
    public var source: String?
    public var publisher: String?
    public var sourceURL: String?
    public var published: Day?
    /// `ar`, `en`, or `mixed`.
    public var language: String?

    public init(
        contentHash: String, source: String? = nil, publisher: String? = nil, sourceURL: String? = nil,
        published: Day? = nil, language: String? = nil, rawHash: String? = nil
    ) {
        self.contentHash = contentHash
        self.rawHash = rawHash
        self.source = source
        self.publisher = publisher
        self.sourceURL = sourceURL
        self.published = published
        self.language = language
    }

    /// The first twelve hex digits of the content hash, used in claim ids.
    public var shortHash: String { String(contentHash.prefix(12)) }

    enum CodingKeys: String, CodingKey {
        case contentHash = "content_hash"
        case source, publisher
        case sourceURL = "source_url"
        case published, language
        case rawHash = "raw_sha256"
    }
}
