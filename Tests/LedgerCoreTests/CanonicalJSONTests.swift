import Foundation
import LedgerCore
import Testing

/// The hand-written writer for the hot payloads must produce exactly Foundation's canonical bytes.
@Suite("Canonical JSON")
struct CanonicalJSONTests {
    static let awkward = [
        "", "plain", "قُتل 3 مدنيين «أمس» في #دير_الزور", "quote \" backslash \\ slash / tab \t newline \n cr \r",
        "controls \u{01}\u{08}\u{0C}\u{1B}\u{1F} del \u{7F}", "bidi \u{200F}\u{2068}x\u{2069} tatweel ـ", "emoji 🕊️ and \u{2028}\u{2029}",
        "mojibake Ø§Ù„", "\u{FEFF}bom",
    ]

    static func claim(_ text: String, _ i: Int) -> Claim {
        Claim(
            id: "abc-\(i)", measure: Measure.allCases[i % Measure.allCases.count], value: i * 37, qualifier: Qualifier.allCases[i % 5],
            kind: i % 2 == 0 ? .incident : .tally, role: ClaimRole.allCases[i % 3], parent: i % 3 == 0 ? nil : "abc-0",
            category: VictimCategory.allCases[i % VictimCategory.allCases.count], categoryText: i % 2 == 0 ? text : nil,
            place: i % 4 == 0 ? nil : Place(name: "al-shuhayl", text: text, admin1: i % 2 == 0 ? "deir ez-zor" : nil),
            period: i % 3 == 0 ? Period(start: Day(iso: "2023-01-01"), end: i % 2 == 0 ? nil : Day(iso: "2023-06-10"), text: text, unresolved: i % 2 == 0) : nil,
            eventDate: i % 3 == 1 ? EventDate(day: Day(iso: "2023-06-09"), candidates: i % 2 == 0 ? [] : [Day(iso: "2023-06-09")!, Day(iso: "2023-06-10")!], text: text) : nil,
            attributedTo: i % 2 == 1 ? text : nil, exclusions: i % 2 == 0 ? [text, "سجن غويران"] : [], context: ClaimContext.allCases[i % 3],
            provisional: i % 5 == 0, supersededBy: i % 7 == 0 ? "abc-9" : nil, incomplete: i % 6 == 0, notes: i % 4 == 1 ? ["note", text] : [],
            span: Span(start: i, end: i + text.unicodeScalars.count, text: text), report: "r\(i)")
    }

    @Test("claim payloads: the fast writer equals Foundation's sorted-keys encoder", arguments: Array(awkward.enumerated()))
    func claims(_ pair: (offset: Int, element: String)) throws {
        for shift in 0..<12 {
            let payload = ClaimExtracted(claim: Self.claim(pair.element, pair.offset * 12 + shift), extractorVersion: "x/1")
            #expect(payload.fastCanonicalJSON() == (try CanonicalJSON.encode(payload)))
        }
    }

    @Test("report payloads: the fast writer equals Foundation's sorted-keys encoder", arguments: awkward)
    func reports(_ text: String) throws {
        for variant in 0..<4 {
            let meta = ReportMeta(
                contentHash: "h", source: variant % 2 == 0 ? text : nil, publisher: variant > 1 ? text : nil,
                sourceURL: variant == 3 ? "https://example.org/a/b?c=d&e=\"f\"" : nil, published: variant % 2 == 1 ? Day(iso: "2024-02-29") : nil,
                language: variant == 0 ? nil : "ar")
            let payload = ReportIngested(report: meta, text: text + String(repeating: "نص ", count: variant * 100))
            #expect(payload.fastCanonicalJSON() == (try CanonicalJSON.encode(payload)))
        }
    }

    @Test("days: arithmetic, weekdays and ISO text round-trip")
    func days() throws {
        let d = try #require(Day(iso: "2024-02-28"))
        #expect(d.adding(days: 1).description == "2024-02-29")
        #expect(d.adding(days: 2).description == "2024-03-01")
        #expect(Day(iso: "2022-12-26")?.weekday == 1)  // a Monday
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(Timestamp.parseUpperBound("2023-03-01") == "2023-03-01T23:59:59.999Z")
        #expect(Timestamp.parse("2023-03-01T08:05:09Z") == "2023-03-01T08:05:09.000Z")
        #expect(Timestamp.parse("yesterday") == nil)
    }

    @Test("JSON values: the encoder-free writer equals Foundation's sorted-keys encoder", arguments: Array(awkward.enumerated()))
    func values(_ pair: (offset: Int, element: String)) throws {
        let value = JSONValue.array([
            .object(["source": .string(pair.element), "value": .integer(Int64(pair.offset * 1_000)), "b": .bool(pair.offset % 2 == 0)]),
            .object([pair.element: .null, "zz": .array([.integer(-3), .string("/")]), "Z": .object([:])]),
            .array([]),
        ])
        #expect(value.canonicalJSONString() == (try CanonicalJSON.string(value)))
    }
}
