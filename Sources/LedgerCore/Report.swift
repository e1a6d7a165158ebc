/// What is known about a report besides its text.
public struct ReportMeta: Codable, Hashable, Sendable {
    /// SHA-256 of the report's UTF-8 bytes, lowercase hex: the report's identity in the ledger.
    public var contentHash: String
    /// The file name or `-` for standard input.
    public var source: String?
    public var publisher: String?
    public var sourceURL: String?
    public var published: Day?
    /// `ar`, `en`, or `mixed`.
    public var language: String?

    public init(
        contentHash: String, source: String? = nil, publisher: String? = nil, sourceURL: String? = nil,
        published: Day? = nil, language: String? = nil
    ) {
        self.contentHash = contentHash
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
    }
}
