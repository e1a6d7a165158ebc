import LedgerCore

/// A figure in its sentence: the text before it, the figure as written, the text after, and the
/// sentence's direction. Pages print the three parts escaped, the figure in `<mark>`; digits stay as
/// the report wrote them (Arabic-Indic in an Arabic quote).
public struct EvidenceSentence: Codable, Hashable, Sendable {
    public var before: String
    public var figure: String
    public var after: String
    public var dir: String
    public var lang: String
    /// False when the report text was not at hand or its span did not match: only the span is shown.
    public var inContext: Bool

    /// Sentence ends: full stop, question and exclamation marks (Latin and Arabic), line breaks.
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{061F}", "\u{06D4}", "\n", "\r"]
    /// At most this many scalars either side of the figure.
    static let reach = 320

    /// The sentence of `span` in `text` (the report's text as ingested; spans count its Unicode scalars).
    public init(span: Span, text: String?) {
        self.init(span: span, scalars: text.map { Array($0.unicodeScalars) })
    }

    /// The same, on the report text's scalars already split (one report's claims share them).
    public init(span: Span, scalars: [Unicode.Scalar]?) {
        let scalars = scalars ?? []
        guard span.start >= 0, span.end <= scalars.count, span.start < span.end,
              Self.string(scalars[span.start..<span.end]) == span.text else {
            self.init(before: "", figure: span.text, after: "", inContext: false)
            return
        }
        var a = span.start
        while a > 0, span.start - a < Self.reach, !Self.terminators.contains(scalars[a - 1]) { a -= 1 }
        var b = span.end
        while b < scalars.count, b - span.end < Self.reach, !Self.terminators.contains(scalars[b]) { b += 1 }
        if b < scalars.count, scalars[b] != "\n", scalars[b] != "\r" { b += 1 }
        self.init(
            before: Self.string(scalars[a..<span.start]).drop { $0.isWhitespace }.description,
            figure: span.text, after: Self.string(scalars[span.end..<b]), inContext: true)
    }

    init(before: String, figure: String, after: String, inContext: Bool) {
        self.before = before
        self.figure = figure
        self.after = after
        self.inContext = inContext
        let d = TextDirection.of(before + figure + after)
        dir = d.dir
        lang = d.lang
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }
}
