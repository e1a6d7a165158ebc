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
        // Truncation: the text stops on a dangling word ("including", "و", "of"), a comma, a cut word
        // (tatweel or a hyphen at the very end) or an ellipsis — not merely without a full stop.
        let truncated = Self.looksTruncated(tokens: tokens, sentences: sentences, norm: norm)
        if truncated { warnings.append("text looks truncated") }
        if !norm.mojibakeRepaired && Mojibake.looksBroken(norm.scalars) { warnings.append("text looks like unrepaired mojibake") }
        var review = FrameReview(claims: assembler.finish(truncated: truncated), text: text, published: report.published,
                                 leadPlaces: assembler.leadPlaces)
        let claims = review.run()
        return Extraction(claims: claims, language: language, inferredPublisher: report.publisher == nil ? inferred : inferred, warnings: warnings + assembler.warnings)
    }

    static let danglingWords: KeySet = Lexicon.keys([
        "و", "في", "من", "على", "الى", "إلى", "عن", "بين", "بينهم", "منهم", "ضمنهم", "هم", "وهم", "بعد", "قبل", "مع", "ثم", "او", "أو",
        "including", "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "by", "with", "among", "from", "as", "whom", "were", "was",
    ])

    static func looksTruncated(tokens: [Token], sentences: [Sentence], norm: NormalizedText) -> Bool {
        guard let last = sentences.last, let lt = last.range.last, !last.headline else { return false }
        // A cut word often keeps a tatweel in the raw text.
        let k = tokens[lt]
        if k.kind == .punct {
            if [",", "،", "-", "–", "("].contains(k.key) { return true }
            if k.key == "…" { return true }
            if k.key == "." && lt >= 2 && tokens[lt - 1].isPunct(".") && tokens[lt - 2].isPunct(".") { return true }
            return false
        }
        if k.isWord {
            if danglingWords.contains(k.key) { return true }
            if k.arabic && k.key.unicodeScalars.count == 1 { return true }
            let oe = k.end - 1 < norm.origEnd.count ? norm.origEnd[k.end - 1] : norm.original.count
            if oe < norm.original.count, norm.original[oe] == "\u{0640}" { return true }
        }
        return false
    }

    static let sohrAr = ["المرصد", "السوري", "لحقوق"].map { Fold.key($0) }
    static let sohrArWaw = "و" + sohrAr[0]
    static let sohrEn: [Key] = ["syrian", "observatory", "for", "human", "rights"]

    static func inferPublisher(_ t: [Token]) -> String? {
        let sohrAr = Self.sohrAr, sohrEn = Self.sohrEn
        var i = 0
        while i + 2 < t.count {
            if t[i].key == sohrAr[0] || t[i].key == Self.sohrArWaw, t[i + 1].key == sohrAr[1], t[i + 2].key == sohrAr[2] { return "Syrian Observatory for Human Rights" }
            if i + 4 < t.count, t[i].key == sohrEn[0], t[i + 1].key == sohrEn[1], t[i + 2].key == sohrEn[2] { return "Syrian Observatory for Human Rights" }
            i += 1
        }
        return nil
    }
}
