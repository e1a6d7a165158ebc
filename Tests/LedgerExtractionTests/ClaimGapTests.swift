import LedgerCore
import Testing
@testable import LedgerExtraction

/// A synthetic sentence with the death figures a careful reader takes from it: values, which are totals,
/// which are subsets of which, and whether they are an incident's figures or a running tally.
struct GapCase: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    /// Every `killed` figure (as a multiset).
    var killed: [Int]
    /// `killed` figures with role total.
    var totals: [Int]
    /// "child<parent" for each killed subset.
    var subsets: [String] = []
    /// The kind of every killed figure, when the case is about it.
    var kind: ClaimKind? = nil
    /// Every `wounded` figure (as a multiset), when the case is about it.
    var wounded: [Int]? = nil
    var testDescription: String { id }
}

@Suite("Claim gaps: claimed the lives, were among, incident tolls")
struct ClaimGapTests {
    static let claimedLives: [GapCase] = [
        GapCase(id: "claimed-lives-civilians", text: "An explosion claimed the lives of five civilians in Manbij on Sunday.",
                killed: [5], totals: [5], kind: .incident),
        GapCase(id: "claimed-lives-at-least", text: "Shelling on the town of Maarat al-Numan claimed the lives of at least 12 people, rescuers said.",
                killed: [12], totals: [12], kind: .incident),
        GapCase(id: "claimed-lives-children", text: "A landmine left over from the war claimed the lives of three children near Jarablus on Tuesday.",
                killed: [3], totals: [3], kind: .incident),
        GapCase(id: "took-lives", text: "Clashes between rival factions in Daraa took the lives of seven fighters overnight.",
                killed: [7], totals: [7], kind: .incident),
        GapCase(id: "claimed-attack-not-deaths", text: "IS claimed the attack on a checkpoint near Palmyra, 12 km from the town.",
                killed: [], totals: []),
        GapCase(id: "claimed-responsibility-not-deaths", text: "The group claimed responsibility for three bombings in Raqqa on Monday.",
                killed: [], totals: []),
        GapCase(id: "claimed-the-two-not-deaths", text: "IS claimed the two explosions in Deir Ezzor through its Amaq agency.",
                killed: [], totals: []),
    ]

    static let amongTheDead: [GapCase] = [
        GapCase(id: "among-people-killed", text: "Two children were among 11 people killed in Russian strikes on Idlib, rescuers said.",
                killed: [11, 2], totals: [11], subsets: ["2<11"], kind: .incident),
        GapCase(id: "among-the-dead-noun", text: "Three women were among the 14 dead after shelling hit Ariha, the civil defence said.",
                killed: [14, 3], totals: [14], subsets: ["3<14"], kind: .incident),
        GapCase(id: "among-at-least", text: "Four rescue workers were among at least 20 people killed in air strikes on the outskirts of Saraqib.",
                killed: [20, 4], totals: [20], subsets: ["4<20"], kind: .incident),
        GapCase(id: "among-the-dead-were", text: "Among the 9 dead were two children, local sources said.",
                killed: [9, 2], totals: [9], subsets: ["2<9"], kind: .incident),
        GapCase(id: "among-them-unchanged", text: "Russian strikes killed 11 people in Idlib, among them two children.",
                killed: [11, 2], totals: [11], subsets: ["2<11"], kind: .incident),
        GapCase(id: "including-unchanged", text: "A car bomb in Azaz killed 17 people, including six children, the monitor said.",
                killed: [17, 6], totals: [17], subsets: ["6<17"], kind: .incident),
    ]

    static let tolls: [GapCase] = [
        GapCase(id: "toll-put-at", text: "A car bomb exploded in the town of Azaz on Sunday. The Syrian Observatory put the death toll at 21, including four children.",
                killed: [21, 4], totals: [21], subsets: ["4<21"], kind: .incident),
        GapCase(id: "toll-military-source", text: "Gunmen attacked a bus carrying soldiers near Palmyra on Friday. A military source put the toll at 13.",
                killed: [13], totals: [13], kind: .incident),
        GapCase(id: "toll-rose", text: "Rescuers pulled more bodies from the rubble in Jisr al-Shughur. The toll rose to 19, the civil defence said.",
                killed: [19], totals: [19], kind: .incident),
        GapCase(id: "tally-documented-since", text: "The Observatory documented 45 deaths since the start of May, including 12 civilians.",
                killed: [45, 12], totals: [45], subsets: ["12<45"], kind: .tally),
        GapCase(id: "tally-toll-in-month", text: "The death toll in February stood at 210 people, including 30 children, the monitor said.",
                killed: [210, 30], totals: [210], subsets: ["30<210"], kind: .tally),
        GapCase(id: "tally-toll-so-far-this-year", text: "The Observatory said the death toll so far this year has risen to 1,204 people, including 300 civilians.",
                killed: [1204, 300], totals: [1204], subsets: ["300<1204"], kind: .tally),
        GapCase(id: "tally-toll-across-syria", text: "The death toll across Syria has risen to 96 people, including 40 civilians, the monitor said.",
                killed: [96, 40], totals: [96], subsets: ["40<96"], kind: .tally),
    ]

    /// A subset set off after a figure belongs to that figure, not to the next clause's verb; a bare
    /// number can be the subject of its verb; idioms of death that need their complement.
    static let clauses: [GapCase] = [
        GapCase(id: "including-then-other-verb", text: "Three people were killed, including a child, and 15 were hurt in the shelling of Idlib city.",
                killed: [3, 1], totals: [3], subsets: ["1<3"], kind: .incident, wounded: [15]),
        GapCase(id: "one-of-them", text: "Three people were killed, one of them a child, in the shelling of Ariha.",
                killed: [3, 1], totals: [3], subsets: ["1<3"], kind: .incident, wounded: []),
        GapCase(id: "subsets-on-both-sides", text: "12 people were killed, including 5 children, and 20 others were injured, including 3 women, in the strike.",
                killed: [12, 5], totals: [12], subsets: ["5<12"], kind: .incident, wounded: [20, 3]),
        GapCase(id: "among-them-then-wounded", text: "The blast killed seven, among them two women, and wounded 18.",
                killed: [7, 2], totals: [7], subsets: ["2<7"], kind: .incident, wounded: [18]),
        GapCase(id: "bare-number-subject", text: "Four died and nine were wounded in the attack on the market in Azaz.",
                killed: [4], totals: [4], kind: .incident, wounded: [9]),
        GapCase(id: "both-sides-not-a-figure", text: "Clashes between tribal fighters and the SDF have left 27 casualties on both sides, local sources said.",
                killed: [], totals: [], wounded: []),
        GapCase(id: "ar-met-their-end-dual", text: "لقي شابان حتفهما وأصيب ثالث بجروح خطيرة إثر انفجار لغم أرضي في ريف دير الزور.",
                killed: [2], totals: [2], kind: .incident, wounded: [1]),
        GapCase(id: "ar-fell-victim", text: "راح ضحية الانفجار سبعة عمال في حقل النفط شرقي دير الزور.",
                killed: [7], totals: [7], kind: .incident, wounded: []),
        GapCase(id: "its-driver", text: "Gunmen opened fire on a minibus near Jasim, killing its driver and wounding two passengers.",
                killed: [1], totals: [1], kind: .incident, wounded: [2]),
        GapCase(id: "two-more-bodies", text: "Two more bodies were recovered from the rubble on Monday, raising the death toll to 31.",
                killed: [2, 31], totals: [2, 31], wounded: []),
        GapCase(id: "ar-dual-noun-figures", text: "قتيلان و5 جرحى بانفجار عبوة ناسفة في الرقة.",
                killed: [2], totals: [2], kind: .incident, wounded: [5]),
        GapCase(id: "ar-dual-bodies", text: "انتُشلت جثتان إضافيتان من تحت الأنقاض، لترتفع الحصيلة إلى 31 قتيلاً.",
                killed: [2, 31], totals: [2, 31], wounded: []),
        GapCase(id: "ar-passengers-dual", text: "أطلق مسلحون النار على حافلة صغيرة ما أدى إلى مقتل سائقها وإصابة راكبين.",
                killed: [1], totals: [1], kind: .incident, wounded: [2]),
        GapCase(id: "ar-feminine-verb", text: "توفيت امرأة وابنتها برصاصة طائشة في درعا.",
                killed: [1, 1], totals: [1, 1], kind: .incident, wounded: []),
        GapCase(id: "perpetrator-first-gapping", text: "Of the victims, 38 were killed by regime forces, 2 by Russian forces and 6 by Hay'at Tahrir al-Sham.",
                killed: [38, 2, 6], totals: [38, 2, 6], wounded: []),
        GapCase(id: "ar-number-after-subset-marker", text: "قُتل 97 مدنياً على يد جهات أخرى، بينهم 19 بانفجار ألغام.",
                killed: [97, 19], totals: [97], subsets: ["19<97"], wounded: []),
        GapCase(id: "wounded-then-died", text: "Two wounded fighters died in hospital in Hasakah, raising the toll to 6.",
                killed: [2, 6], totals: [2, 6], wounded: []),
        GapCase(id: "wounded-adjective-stays-wounded", text: "Two wounded civilians were taken to hospital in Raqqa.",
                killed: [], totals: [], wounded: [2]),
        GapCase(id: "ar-no-dual-when-negated", text: "انفجرت عبوة ناسفة قرب دورية في الرقة دون سقوط قتيلين.",
                killed: [], totals: [], wounded: []),
    ]

    /// A force's losses are its dead; a year named after "in"/"خلال" is the period of a tally.
    static let lossesAndYears: [GapCase] = [
        GapCase(id: "lost-members", text: "Regime forces lost 14 members in an IS ambush east of Homs on Thursday.",
                killed: [14], totals: [14], kind: .incident, wounded: []),
        GapCase(id: "lost-contact-not-deaths", text: "The SDF lost contact with the convoy, which was carrying 40 passengers.",
                killed: [], totals: [], wounded: []),
        GapCase(id: "ar-lost-members", text: "خسرت قوات النظام 14 عنصراً في كمين للتنظيم في بادية حمص.",
                killed: [14], totals: [14], kind: .incident, wounded: []),
        GapCase(id: "in-a-year", text: "In 2023, 1,450 people were killed in Daraa province, the monitor said.",
                killed: [1450], totals: [1450], kind: .tally),
        GapCase(id: "ar-during-this-year", text: "قُتل خلال العام الجاري 320 شخصاً في محافظة درعا.",
                killed: [320], totals: [320], kind: .tally),
    ]

    @Test(arguments: lossesAndYears) func lossesAndYearPeriods(_ c: GapCase) { check(c) }

    @Test func yearPeriodsRunToTheReportWhileTheYearRuns() throws {
        let e = extract("قُتل خلال العام 2024 ما لا يقل عن 198 عنصراً من قوات النظام في البادية.", published: "2024-05-12")
        let p = try #require(e.claims.first?.period)
        #expect(p.start?.description == "2024-01-01" && p.end?.description == "2024-05-12")
        let past = extract("In 2023, 1,450 people were killed in Daraa province.", published: "2024-05-12")
        #expect(past.claims.first?.period?.end?.description == "2023-12-31")
        let war = extract("The conflict, which began in 2011, has killed more than half a million people.", published: "2024-05-12")
        #expect(war.claims.first?.period?.start?.description == "2011-03-15" && war.claims.first?.period?.end?.description == "2024-05-12")
        // The category of the dead is not the ambush's perpetrator.
        let ambush = extract("خسرت قوات النظام 14 عنصراً في كمين للتنظيم.", published: "2024-05-12")
        #expect(ambush.claims.first?.category != .is)
    }

    @Test func ageInTheNounPhraseKeepsTheCategory() {
        let e = extract("Three civilians, among them a 12-year-old boy, were killed in shelling on Tafas.", published: "2024-05-12")
        #expect(e.claims.map(\.value) == [3, 1])
        #expect(e.claims.last?.category == .children)
        #expect(e.claims.last?.role == .subset)
    }

    func check(_ c: GapCase) {
        let e = extract(c.text, published: "2024-05-12")
        checkInvariants(e, text: c.text)
        let killed = e.claims.filter { $0.measure == .killed }
        #expect(killed.map(\.value).sorted() == c.killed.sorted(), "killed")
        #expect(killed.filter { $0.role == .total }.map(\.value).sorted() == c.totals.sorted(), "totals")
        let byId = Dictionary(uniqueKeysWithValues: e.claims.map { ($0.id, $0) })
        let subsets = killed.filter { $0.role == .subset }.compactMap { s in s.parent.flatMap { byId[$0] }.map { "\(s.value)<\($0.value)" } }
        #expect(subsets.sorted() == c.subsets.sorted(), "subsets")
        if let k = c.kind { for cl in killed { #expect(cl.kind == k, "kind of \(cl.value)") } }
        if let w = c.wounded { #expect(e.claims.filter { $0.measure == .wounded }.map(\.value).sorted() == w.sorted(), "wounded") }
        #expect(!e.claims.contains { $0.measure == .killedOrWounded && $0.value == 2 }, "no figure from 'both sides'")
    }

    @Test(arguments: claimedLives) func claimedTheLives(_ c: GapCase) { check(c) }
    @Test(arguments: amongTheDead) func amongIsASubset(_ c: GapCase) { check(c) }
    @Test(arguments: tolls) func tollWithoutScopeIsAnIncident(_ c: GapCase) { check(c) }
    @Test(arguments: clauses) func clausesAndIdioms(_ c: GapCase) { check(c) }
}
