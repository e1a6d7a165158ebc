import LedgerCore
import Testing
@testable import LedgerExtraction

/// A single victim given by name alone (no person noun): a construction of North Press's and Enab
/// Baladi's single-killing reports and of weekly roundups, missed until now. Sentences are our own.
@Suite("Recall rules: a victim given by name")
struct NamedVictimRuleTests {
    static let named: [RuleCase] = [
        RuleCase("name-shot-dead", "Karim Saleh al-Hassan was shot dead by gunmen on a motorbike near Busra al-Harir on Saturday.",
                 ["killed 1 all total"]),
        RuleCase("name-died-of-wounds", "On Tuesday, Fadi Abu Ras died of his wounds in a hospital in Daraa.", ["killed 1 all total"]),
        RuleCase("name-wounded", "Salim Haddad was wounded when a shell hit Jisr al-Shughur on Friday.", ["wounded 1 all total"]),
        RuleCase("name-after-said", "Local sources said Nabil el-Masri was killed by unknown gunmen in Hirak.", ["killed 1 all total"]),
        RuleCase("name-apposition-age", "Adnan Khalil al-Omar, 52, was killed when gunmen stormed his shop in Tafas.", ["killed 1 all total"]),
        // The apposition's noun is the figure; the name adds none.
        RuleCase("name-apposition-noun", "Yusuf Abu Zeid, a farmer from Inkhil, died of his wounds on Tuesday.",
                 ["killed 1 civilians total"], absent: ["killed 1 all"]),
        // Not victims: an organisation, a speaker, a plural subject, a negated death.
        RuleCase("name-organisation", "Hayat Tahrir al-Sham was blamed for the attack on the checkpoint.", [], absent: ["killed", "wounded"]),
        RuleCase("name-speaker", "Omar Hallak told reporters that nobody was hurt in the raid.", [], absent: ["killed", "wounded"]),
        RuleCase("name-not-killed", "Rami Darwish was not killed in the attack, his brother said.", [], absent: ["killed"]),
        RuleCase("kin-speaker", "A civilian was killed by a sniper in Tafas, his brother said.", ["killed 1 civilians total"], absent: ["killed 1 all"]),
        RuleCase("name-arrested", "Hassan al-Jasim was arrested at a checkpoint in Manbij.", [], absent: ["killed", "wounded"]),
    ]

    @Test("a named victim is one death", arguments: named)
    func namedVictim(_ c: RuleCase) { expectRule(c) }

    /// A death told in words and then by name is one death; two names are two.
    @Test func aNameRestatesTheDeathBeforeIt() {
        let once = extract("A young man was shot dead in Tafas on Friday. Local sources said Karim Nasser was killed by two gunmen.")
        #expect(ruleFigures(once.claims) == ["killed 1 all total"])
        let twice = extract("Nabil el-Masri was killed in Tafas on Friday. Later, Ziad el-Masri was killed in Tafas too.")
        #expect(ruleFigures(twice.claims) == ["killed 1 all total", "killed 1 all total"])
    }

    /// Among a counted group, a name adds nothing.
    @Test func aNameAmongACountedGroupAddsNothing() {
        let e = extract("Two men were killed in Inkhil on Friday. Mahmoud al-Ali was among them, the source said.")
        #expect(ruleFigures(e.claims) == ["killed 2 all total"])
    }
}

/// Arabic single-killing reports (North Press, Watan FM, Syrian Today read): a definite dual after the
/// verb, a person noun described by another, and nouns that restate or describe a victim already counted.
/// Sentences are our own.
@Suite("Recall and precision rules: one person, described")
struct DescribedVictimRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("definite-dual-after-verb", "قُتل الشابان أحمد السالم وعلي الحمد برصاص مسلحين قرب بلدة الشحيل.", ["killed 2 civilians total"]),
        RuleCase("definite-dual-wounded", "أصيب الطفلان بشظايا قذيفة سقطت على منزلهما في بلدة هجين.", ["wounded 2 children total"]),
        RuleCase("noun-then-adjective", "لقي شاب مدني حتفه برصاص مجهولين في قرية الجرذي.", ["killed 1 civilians total"], absent: ["killed 1 all"]),
        RuleCase("adjective-order", "قتل مدني شاب بانفجار عبوة ناسفة في ريف منبج.", ["killed 1 civilians total"]),
        RuleCase("two-people-with-and", "قتل مدني وشاب من أبناء البلدة بانفجار لغم قرب منبج.", ["killed 1 civilians total", "killed 1 civilians total"]),
        RuleCase("relative-restates", "وأكد المصدر أن الشاب الذي قُتل كان قد عاد من لبنان قبل شهر.", [], absent: ["killed"]),
        RuleCase("works-as", "قتل عنصر من قسد بهجوم لخلايا التنظيم، وكان يعمل حارساً في حقل نفطي.", ["killed 1 sdf total"], absent: ["killed 1 civilians"]),
    ]

    @Test("one person described twice is one death", arguments: cases)
    func described(_ c: RuleCase) { expectRule(c) }

    /// A page of one killing told three times (the lead, the body, a relative clause): one death.
    @Test func oneKillingToldThreeTimesIsOneDeath() {
        let e = extract("""
            لقي شاب مدني حتفه برصاص مسلحين مجهولين في ريف دير الزور الشرقي يوم الأحد.
            وقال مراسل محلي إن الشاب الذي قُتل يعمل موظفاً في حقل نفطي، وإن مسلحين على دراجة نارية أطلقوا النار عليه.
            """)
        #expect(ruleFigures(e.claims) == ["killed 1 civilians total"])
    }
}

/// Wire stories read (CNN, AP and AFP through re-publishers): a toll only predicted, a person word that
/// qualifies a body, and war-wide counts with no period the other rules read. Sentences are our own.
@Suite("Precision rules: predictions, bodies, war-wide counts")
struct WireStoryRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("predicted-en", "Doctors said the toll may climb to more than 40, after 22 people were killed in the blast.",
                 ["killed 22 all total"], absent: ["killed 40"]),
        RuleCase("expected-en", "At least 9 were killed and the number is expected to rise to 15, the monitor said.",
                 ["killed 9 all total"], absent: ["killed 15"]),
        RuleCase("predicted-ar", "قتل 12 شخصاً في الانفجار، والحصيلة مرشحة للارتفاع إلى 30 بسبب الإصابات الخطيرة.",
                 ["killed 12 all total"], absent: ["killed 30"]),
        RuleCase("another-group", "A second monitor, another opposition group, put the day's toll at 31 dead.", ["killed 31 all total"],
                 absent: ["killed 1"]),
        RuleCase("war-wide-en", "Some 120,400 civilians have died in the war, along with 41,000 rebel fighters, the group said.",
                 ["killed 120400 civilians total"]),
        RuleCase("war-wide-ar", "وقتل أكثر من 300 ألف مدني خلال سنوات الحرب بحسب المرصد.", ["killed 300000 civilians total"]),
    ]

    @Test("predictions, bodies and war-wide counts", arguments: cases)
    func wire(_ c: RuleCase) { expectRule(c) }

    /// War-wide and very large figures are background tallies, never incidents; an attack of the war stays one.
    @Test func warWideIsBackground() {
        let e = extract("Some 120,400 civilians have died in the war, the group said. The deadliest attack of the war killed 30 people in Hama.")
        let big = e.claims.first { $0.value == 120_400 }
        #expect(big?.kind == .tally && big?.context == .background)
        let attack = e.claims.first { $0.value == 30 }
        #expect(attack?.kind == .incident && attack?.context == .main)
        let huge = extract("The monitor counted 26,000 dead among the fighters, it said on Sunday.").claims.first
        #expect(huge?.context == .background)
    }
}
