import LedgerCore
import Testing
@testable import LedgerExtraction

/// A toll whose sentence names no place takes the one place the headline, the lead and the report's
/// own tolls agree on; none when they name places apart. A toll restated with a coarser place is one.
@Suite("Story place")
struct StoryPlaceRuleTests {
    static func killed(_ text: String) -> [String] {
        extract(text).claims.filter { $0.measure == .killed && $0.role == .total }
            .map { "\($0.value) \($0.place?.name ?? "-")" }
    }

    @Test("the headline's town", arguments: [
        ("Gunmen kill farmers near al-Kishkiyah\n\nGunmen opened fire on farmers on Sunday. Four of them were killed, a relative said.", ["4 al-kishkiyah"]),
        ("مقتل شابين بانفجار لغم في بلدة ذيبان\n\nقُتل شابان، اليوم، بانفجار لغم أرضي أثناء رعيهما الأغنام.", ["2 thiban"]),
        ("Three killed in Deir ez-Zor\n\nA drone struck a car at the entrance of al-Mayadin on Monday, killing three men.", ["3 al-mayadin"]),
    ])
    func headline(_ c: (String, [String])) {
        #expect(Self.killed(c.0) == c.1)
    }

    @Test("the lead's town, for a toll given later")
    func lead() {
        let text = "Shelling hit the market of Tal Tamr on Tuesday afternoon. By the evening, medics said, five civilians had died."
        #expect(Self.killed(text) == ["5 tal tamr"])
    }

    @Test("two towns apart: the toll keeps no place", arguments: [
        "Shelling hits Tal Tamr and Amuda\n\nShells fell on two towns on Tuesday. Five civilians were killed, medics said.",
        "قصف على عامودا والقحطانية\n\nسقطت قذائف على البلدتين يوم الثلاثاء، ما أدى إلى مقتل خمسة مدنيين.",
    ])
    func apart(_ text: String) {
        #expect(Self.killed(text) == ["5 -"])
    }

    @Test("a toll restated with its province and its town is one figure, at the town")
    func restatedCoarser() {
        let text = "Deir ez-Zor: six killed in attack on checkpoint\n\nSix fighters were killed when gunmen attacked a checkpoint in Hajin on Friday."
        #expect(Self.killed(text) == ["6 hajin"])
    }
}

/// A headline that adds up the report's separate incidents is a tally for the day, not one more incident.
@Suite("Sum of separate incidents")
struct SeparateEventsRuleTests {
    static func figures(_ text: String) -> [String] {
        extract(text).claims.filter { $0.measure == .killed && $0.role == .total }
            .map { "\($0.value) \($0.kind.rawValue)" }.sorted()
    }

    @Test("the sum is a tally; the incidents stay", arguments: [
        "مقتل ثلاثة مدنيين في حادثين منفصلين بريف دير الزور\n\nقُتل راعيان، صباح الأربعاء، بانفجار لغم أرضي في بادية بلدة الكشكية.\n\nوفي حادث منفصل، قُتل رجل برصاص مسلحين مجهولين في بلدة درنج مساء الأربعاء.",
        "Five killed in two separate attacks in Daraa\n\nGunmen shot dead three men in Tafas on Monday. Hours later, two soldiers were killed by a roadside bomb near Nawa city.",
        "مقتل أربعة في حادثي إطلاق نار منفصلين بريف درعا\n\nقُتل ثلاثة شبان برصاص مسلحين مجهولين في مدينة طفس يوم الاثنين.\n\nوفي حادث آخر، قُتل عنصر من الشرطة برصاص مجهولين في بلدة تسيل.",
    ])
    func sum(_ text: String) {
        let got = Self.figures(text)
        #expect(got.filter { $0.hasSuffix("tally") }.count == 1, "\(got)")
        #expect(got.filter { $0.hasSuffix("incident") }.count == 2, "\(got)")
    }

    @Test("figures in a sentence about separate incidents that do not add up stay incidents")
    func noSum() {
        let got = Self.figures("In two separate incidents on Monday, gunmen killed a man in Tafas and a landmine killed two children near Nawa city.")
        #expect(got.allSatisfy { $0.hasSuffix("incident") }, "\(got)")
    }
}

/// "Earlier the same day" in another village is another event, not the report's earlier figure.
@Suite("Earlier the same day, elsewhere")
struct EarlierElsewhereRuleTests {
    @Test("a wound earlier in another village stays the report's own toll; in the same town it is an earlier figure")
    func elsewhere() {
        let other = extract("قُتل شابان برصاص مسلحين في بلدة الكشكية يوم الأحد.\n\nوفي وقت سابق الأحد، أصيب رجل برصاص مجهولين في بلدة درنج.")
            .claims.filter { $0.measure == .wounded }
        #expect(other.map(\.context) == [.main], "\(other.map(\.notes))")
        let same = extract("Two men were killed in Hajin on Sunday. The monitor had earlier reported one man wounded in Hajin.")
            .claims.filter { $0.measure == .wounded }
        #expect(same.allSatisfy { $0.context != .main }, "\(same.map(\.notes))")
    }
}
