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

/// Reports of several strikes in one day (SMART, Syria TV, Enab Baladi, Shafaq read): a lead that sums
/// the incidents of several places, a count of one strike by a monitor, "a similar strike" the same day,
/// a victim named and then described, and the place the victims were driving to. Sentences are our own.
@Suite("Frames: sums, counts of one strike, destinations")
struct SeveralStrikesRuleTests {
    /// The lead's 6 is the sum of 3 at Saraqib, 2 at Binnish and 1 at Kafr Nabl: a tally for the day.
    @Test func aLeadThatSumsThePlacesIsATally() {
        let e = extract("""
            قتل ستة مدنيين الثلاثاء بغارات جوية على ثلاث بلدات في ريف إدلب.
            وقال ناشطون إن غارة على مدينة سراقب أدت إلى مقتل ثلاثة مدنيين.
            وقتل مدنيان بغارة مماثلة على مدينة بنش.
            كما قتل مدني في بلدة كفرنبل جنوب إدلب.
            """, published: "2019-11-19")
        let lead = e.claims.first { $0.value == 6 }
        #expect(lead?.kind == .tally)
        let own = e.claims.filter { $0.kind == .incident && $0.role == .total && $0.context == .main && $0.measure == .killed }
        #expect(own.map(\.value).sorted() == [1, 2, 3])
    }

    /// One place only: the figures are a breakdown by category, and the lead stays the incident.
    @Test func partsAtOnePlaceAreNoSum() {
        let e = extract("قتل ثلاثة مدنيين بغارة على مدينة سراقب. وبين القتلى طفلان وامرأة من سراقب.", published: "2019-11-19")
        #expect(e.claims.first { $0.value == 3 }?.kind == .incident)
    }

    static let cases: [RuleCase] = [
        RuleCase("monitor-counts-one-strike", "ووثق المرصد مقتل 4 مدنيين بينهم طفلان في قصف صاروخي استهدف بلدة كفرنبل.",
                 ["killed 4 civilians total", "killed 2 children subset<4"]),
        RuleCase("destination-en", "Gunmen shot dead four SDF fighters on the desert road while they were heading to the city of Hasakah.",
                 ["killed 4 sdf total"]),
    ]

    @Test("counts of one strike and destinations", arguments: cases)
    func strikes(_ c: RuleCase) { expectRule(c) }

    @Test func aMonitorsCountOfOneStrikeIsAnIncident() {
        let e = extract("ووثق المرصد مقتل 4 مدنيين بينهم طفلان في قصف صاروخي استهدف بلدة كفرنبل.", published: "2019-11-19")
        #expect(e.claims.first { $0.value == 4 }?.kind == .incident)
    }

    @Test func theDestinationIsNotThePlace() {
        let e = extract("Gunmen shot dead four SDF fighters near Deir ez-Zor while they were heading to the city of Hasakah.")
        #expect(e.claims.first?.place?.name == "deir ez-zor")
    }

    @Test func aSimilarStrikeTheSameDayIsTheReportsOwn() {
        let e = extract("قتل طفلان بغارة على بلدة سرمين اليوم. وتعرضت بلدة بنش لقصف مماثل أدى إلى مقتل مدني.", published: "2019-11-19")
        let one = e.claims.first { $0.value == 1 }
        #expect(one?.context == .main)
    }

    /// "A fighter was killed …; the attack killed Ahmad al-Hamad, an SDF fighter": one death.
    @Test func aDescribedNameRestatesTheDeath() {
        let e = extract("""
            Gunmen killed a fighter of the SDF on Monday in the town of Hajin.
            A source said the attack killed Ahmad al-Hamad, an SDF fighter, 31, at a checkpoint.
            """, published: "2023-05-02")
        #expect(ruleFigures(e.claims) == ["killed 1 sdf total"])
    }
}

/// Wire stories that give a toll twice, each time with its own breakdown, and the desert's spellings.
@Suite("Restatements with breakdowns")
struct RestatedBreakdownTests {
    /// "Eight killed, including two civilians" … "a toll of eight, including six militiamen and two
    /// herders": one toll of eight, its breakdowns joined, the two civilians told twice kept once.
    @Test func twoBreakdownsOfOneTollAreOne() {
        let e = extract("""
            Gunmen killed eight people, including two civilians, in an ambush in the Syrian Badiya on Wednesday, the monitor said.
            The monitor put the toll at eight, including six militiamen and two civilians.
            """, published: "2024-07-04")
        let totals = e.claims.filter { $0.role == .total && $0.measure == .killed }
        #expect(totals.map(\.value) == [8])
        #expect(totals.first?.place?.name == "badia")
        let children = e.claims.filter { $0.parent == totals.first?.id }.map { "\($0.value) \($0.category.rawValue)" }.sorted()
        // "militiamen" names no group the codebook has: the six are `all`.
        #expect(children == ["2 civilians", "6 all"])
    }
}

/// SOHR-style headlines that add up a breakdown the body gives figure by figure.
@Suite("A headline's sum of a breakdown")
struct HeadlineBreakdownTests {
    @Test func theBodysFiguresArePartsOfTheHeadline() {
        let e = extract("""
            SOHR: 24 soldiers and jihadists killed in Hama desert battles
            The monitor said 10 IS fighters and 14 regime soldiers were killed on Tuesday in clashes in the eastern countryside of Hama.
            The clashes killed 10 IS fighters, while 14 soldiers died, it said.
            """, published: "2020-03-04")
        #expect(ruleFigures(e.claims) == ["killed 24 all total", "killed 10 is part<24", "killed 14 regime part<24"])
    }

    /// Figures of one category, or in separate sentences, are not a breakdown of the headline.
    @Test func separateSentencesStayIncidents() {
        let e = extract("""
            Five killed in Hama countryside
            Three civilians were killed in shelling on a village east of Hama. Two civilians died in another strike nearby.
            """, published: "2020-03-04")
        #expect(!e.claims.contains { $0.role == .part })
    }
}
