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
///
/// The pipeline: normalise (mojibake, digits, decoration; offsets kept) → tokenise → split into
/// sentences (dropping chrome, "read also" lines, view counters, repeated paragraphs) → find figures
/// and what they count → assemble claims with breakdowns, dates, places and sources.
public struct Extractor: Sendable {
    /// Stored with every extracted claim, so a ledger can tell which extractor read it.
    public static let version = "0.2.0"

    public init() {}

    public func extract(text: String, report: ReportMeta) -> Extraction {
        let norm = TextNormalizer.normalize(text)
        let tokens = Tokenizer.tokenize(norm)
        var warnings: [String] = []
        if norm.mojibakeRepaired { warnings.append("mojibake repaired (UTF-8 read as Windows-1252)") }
        var arabic = 0, latin = 0
        for t in tokens where t.isWord { if t.arabic { arabic += 1 } else { latin += 1 } }
        let total = max(1, arabic + latin)
        let language = arabic * 10 >= total * 8 ? "ar" : (latin * 10 >= total * 8 ? "en" : (arabic >= latin ? (latin * 10 > total * 2 ? "mixed" : "ar") : "mixed"))
        let inferred = Self.inferPublisher(tokens)
        let sentences = Segmenter.segment(tokens)
        var assembler = ClaimAssembler(tokens: tokens, text: norm, report: report, publisher: report.publisher ?? inferred)
        for (i, s) in sentences.enumerated() { assembler.add(s, index: i) }
        // Truncation: the last body sentence stops without closing punctuation.
        var truncated = false
        if let last = sentences.last, let lt = last.range.last {
            let k = tokens[lt]
            let closes = k.kind == .punct && [".", "!", "?", "\"", ")", ":", "»"].contains(k.key)
            if !closes && last.range.count >= 6 && !last.headline { truncated = true }
        }
        if truncated { warnings.append("text looks truncated") }
        if !norm.mojibakeRepaired && Mojibake.looksBroken(norm.scalars) { warnings.append("text looks like unrepaired mojibake") }
        let claims = assembler.finish(truncated: truncated)
        return Extraction(claims: claims, language: language, inferredPublisher: report.publisher == nil ? inferred : inferred, warnings: warnings + assembler.warnings)
    }

    static func inferPublisher(_ t: [Token]) -> String? {
        let sohrAr = ["المرصد", "السوري", "لحقوق"].map { Fold.key($0) }
        let sohrEn = ["syrian", "observatory", "for", "human", "rights"]
        var i = 0
        while i + 2 < t.count {
            if t[i].key == sohrAr[0] || t[i].key == "و" + sohrAr[0], t[i + 1].key == sohrAr[1], t[i + 2].key == sohrAr[2] { return "Syrian Observatory for Human Rights" }
            if i + 4 < t.count, t[i].key == sohrEn[0], t[i + 1].key == sohrEn[1], t[i + 2].key == sohrEn[2] { return "Syrian Observatory for Human Rights" }
            i += 1
        }
        return nil
    }
}
