import LedgerCore

/// What the extractor read from one report.
public struct Extraction: Hashable, Sendable {
    /// Every figure stated in the report, in text order; parts and subsets name their parent by id.
    public var claims: [Claim]
    /// `ar`, `en` or `mixed`.
    public var language: String
    /// A publisher the text names as itself ("المرصد السوري لحقوق الإنسان"), when metadata gave none.
    public var inferredPublisher: String?
    /// Things a reader should know: mojibake repaired, text cut off, language not parsed.
    public var warnings: [String]

    public init(claims: [Claim], language: String, inferredPublisher: String? = nil, warnings: [String] = []) {
        self.claims = claims
        self.language = language
        self.inferredPublisher = inferredPublisher
        self.warnings = warnings
    }
}

/// Turns report prose into claims. A pure function of the text and the report's metadata.
public struct Extractor: Sendable {
    /// Stored with every extracted claim, so a ledger can tell which extractor read it.
    public static let version = "0.1.0"

    public init() {}

    public func extract(text: String, report: ReportMeta) -> Extraction {
        Extraction(claims: [], language: "ar")
    }
}
