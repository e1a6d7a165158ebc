import LedgerCore
import Testing
@testable import LedgerExtraction

/// A toll given as a range is one figure's two bounds: the low one "at least", the high one "up to",
/// in both languages, whatever word joins them ("to", "-", "إلى" with or without its hamza).
@Suite("Ranges")
struct RangeTests {
    static let cases: [(id: String, text: String)] = [
        ("en-to", "Nine to 11 civilians were killed when shells hit the market in Mayadin."),
        ("en-between", "Between 9 and 11 civilians were killed when shells hit the market in Mayadin."),
        ("en-dash", "9-11 civilians were killed when shells hit the market in Mayadin."),
        ("ar-ila-hamza", "قُتل ما بين 9 إلى 11 مدنياً في قصف استهدف سوق الميادين."),
        ("ar-ila-plain", "قتل 9 الى 11 مدنيا في قصف استهدف سوق الميادين."),
        ("ar-min-ila", "قتل من ٩ إلى ١١ مدنياً جراء قصف على سوق الميادين."),
        ("ar-bayna-wa", "قُتل بين 9 و11 مدنياً في قصف استهدف سوق الميادين."),
    ]

    @Test("the low figure is a lower bound, the high one an upper bound", arguments: cases.map(\.id))
    func bounds(_ id: String) throws {
        let text = try #require(Self.cases.first { $0.id == id }).text
        let killed = extract(text).claims.filter { $0.measure == .killed }
            .map { "\($0.value) \($0.qualifier.rawValue)" }.sorted()
        #expect(killed == ["11 up_to", "9 at_least"], "\(id): \(killed)")
    }

    @Test("two figures joined by 'and' without 'between' stay two figures")
    func andIsNoRange() {
        let killed = extract("قتل 3 مدنيين و4 عناصر من قوات النظام في قصف على بلدة موحسن.").claims
            .filter { $0.measure == .killed }.map(\.qualifier)
        #expect(!killed.contains(.upTo))
    }
}
