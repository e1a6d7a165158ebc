import LedgerCore
import LedgerExtraction
import Testing

/// The invariants catch what they claim to catch: today's extractor may find no claims at all, so
/// the checker itself is tested on extractions broken on purpose.
@Suite("Extraction invariants catch broken output")
struct InvariantSelfTests {
    static let text = "قُتل 31 شخصاً بينهم 6 مدنيين"
    static let meta = ExtractionInvariants.meta(for: text)

    static func claim(_ id: String, value: Int = 31, role: ClaimRole = .total, parent: String? = nil,
                      span: (Int, Int, String)? = nil, report: String? = nil, supersededBy: String? = nil) -> Claim {
        let s = span ?? (5, 7, "31")
        return Claim(id: id, measure: .killed, value: value, kind: .incident, role: role, parent: parent,
                     supersededBy: supersededBy, span: Span(start: s.0, end: s.1, text: s.2), report: report ?? meta.contentHash)
    }

    static func problems(_ claims: [Claim]) -> [String] {
        ExtractionInvariants.violations(text: text, meta: meta, extraction: Extraction(claims: claims, language: "ar"))
    }

    @Test("a well-formed total and subset pass")
    func wellFormed() {
        #expect(Self.problems([Self.claim("a"), Self.claim("b", value: 6, role: .subset, parent: "a", span: (20, 21, "6"))]).isEmpty)
    }

    @Test("each kind of broken claim is reported", arguments: [
        ("negative value", [claim("a", value: -1)], "negative value"),
        ("span past the end", [claim("a", span: (5, 500, "31"))], "outside the text"),
        ("span backwards", [claim("a", span: (7, 5, ""))], "outside the text"),
        ("span text differs", [claim("a", span: (5, 7, "32"))], "is not the text at"),
        ("duplicate id", [claim("a"), claim("a")], "used twice"),
        ("dangling parent", [claim("a", role: .part, parent: "zz")], "is not a claim of this report"),
        ("own parent", [claim("a", role: .part, parent: "a")], "its own parent"),
        ("parent cycle", [claim("a", role: .part, parent: "b"), claim("b", role: .part, parent: "a")], "cycle"),
        ("part without parent", [claim("a", role: .part)], "without a parent"),
        ("total with parent", [claim("a"), claim("b", parent: "a")], "a total with a parent"),
        ("wrong report", [claim("a", report: "deadbeef")], "not the report's content hash"),
        ("dangling supersession", [claim("a", supersededBy: "q")], "superseded by q"),
    ])
    func broken(_ name: String, _ claims: [Claim], _ expected: String) {
        let problems = Self.problems(claims)
        #expect(problems.contains { $0.contains(expected) }, "\(name): \(problems)")
    }
}
