import LedgerCore
import Testing
@testable import LedgerExtraction

/// Runs the extractor over a synthetic text with an optional publication date.
func extract(_ text: String, published: String? = "2024-03-19") -> Extraction {
    let meta = ReportMeta(contentHash: "abcdef0123456789abcdef", published: published.flatMap { Day(iso: $0) })
    return Extractor().extract(text: text, report: meta)
}

func claims(_ text: String, published: String? = "2024-03-19") -> [Claim] { extract(text, published: published).claims }

/// `"killed:3"` for each claim (measure:value).
func figures(_ cs: [Claim]) -> [String] { cs.map { "\($0.measure.rawValue):\($0.value)" } }

/// Checks the structural invariants every extraction must hold.
func checkInvariants(_ e: Extraction, text: String) {
    let n = text.unicodeScalars.count
    let ids = Set(e.claims.map(\.id))
    for c in e.claims {
        #expect(c.span.start >= 0 && c.span.start <= c.span.end && c.span.end <= n)
        #expect(c.value >= 0)
        if let p = c.parent { #expect(ids.contains(p)) }
        if let s = c.supersededBy { #expect(ids.contains(s)) }
        let scalars = Array(text.unicodeScalars)
        if c.span.end <= n, c.span.start <= c.span.end {
            #expect(String(String.UnicodeScalarView(scalars[c.span.start..<c.span.end])) == c.span.text)
        }
    }
}
