import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the lead's scenarios of a drone strike on a family in Sarmin and a checkpoint attack near Jasim, each
/// told by four outlets (stop 35). Sentences are our own.
@Suite("A family's dead after a feminine verb; a death of wounds told in a relative clause; a ranked attack; Jasim")
struct ScenarioRuleTests35 {
    /// «استشهدت امرأة وثلاثة من أطفالها»: the feminine verb is a death word, and after a finite verb the woman and the
    /// three are its subjects, two figures as in English ("A woman and three of her children were killed"); after a noun
    /// of death («مقتل امرأة وثلاثة من أطفالها») they stay one toll. «أطفالها» (her children) names children.
    @Test("a woman and three of her children", arguments: [
        RuleCase("ar feminine verb", "استشهدت امرأة وثلاثة من أطفالها، وجُرح خمسة مدنيين آخرين، جراء استهداف منزلهم بطائرة مسيّرة في بلدة سرمين شرقي إدلب صباح يوم الجمعة.",
                 ["killed 1 women total", "killed 3 children total", "wounded 5 civilians total"], absent: ["wounded 3", "killed 4"]),
        RuleCase("en", "A woman and three of her children were killed, and five other civilians were wounded, when a drone struck their home in Sarmin on Friday.",
                 ["killed 1 women total", "killed 3 children total", "wounded 5 civilians total"]),
        RuleCase("ar other verb", "توفيت امرأة وثلاثة من أطفالها بانهيار منزلهم جراء القصف على بلدة سرمين يوم الخميس.",
                 ["killed 1 women total", "killed 3 children total"], absent: ["killed 4"]),
        RuleCase("ar his children", "قُتل ثلاثة من أطفاله بقصف على بلدة سرمين.", ["killed 3 children total"]),
        RuleCase("ar wounded", "أُصيبت امرأة وثلاثة من أطفالها بجروح بقصف على بلدة سرمين يوم الخميس.",
                 ["wounded 1 women total", "wounded 3 children total"], absent: ["killed"]),
        RuleCase("near miss: after a noun of death", "أسفر القصف على بلدة سرمين يوم الخميس عن مقتل امرأة وثلاثة من أطفالها.",
                 ["killed 4 all total"], absent: ["killed 1", "killed 3"]),
    ])
    func womanAndHerChildren(_ c: RuleCase) { expectRule(c) }

    /// "A man who was wounded in Friday's drone strike died of his injuries on Sunday, raising the number killed to five":
    /// the relative clause tells what befell him before; his own verb is "died", and he is inside the five his death
    /// raised. «توفي رجل كان قد أصيب في الغارة»: «كان قد» right after the noun describes him, as "who had been
    /// wounded", and does not make the sentence an earlier event.
    @Test("a death of wounds told in a relative clause", arguments: [
        RuleCase("en", "A man who was wounded in Friday's drone strike on Sarmin died of his injuries on Sunday, raising the number of people killed in the attack to five, his relatives said.",
                 ["killed 1 all subset<5", "killed 5 all total"], absent: ["wounded"]),
        RuleCase("en had been", "A child who had been injured in the shelling of Ariha on Tuesday died of her wounds in hospital, bringing the death toll to four.",
                 ["killed 1 children subset<4", "killed 4 all total"], absent: ["wounded"]),
        RuleCase("ar", "توفي رجل كان قد أصيب في الغارة على بلدة سرمين يوم الجمعة متأثراً بجروحه، لترتفع حصيلة القتلى إلى خمسة.",
                 ["killed 1 all subset<5", "killed 5 all total"], absent: ["wounded"]),
        RuleCase("ar feminine", "توفيت طفلة كانت قد أصيبت في القصف على أريحا يوم الثلاثاء متأثرةً بجروحها، لترتفع الحصيلة إلى أربعة قتلى.",
                 ["killed 1 children subset<4", "killed 4 all total"], absent: ["wounded"]),
        RuleCase("near miss: no death after the clause", "A man who was wounded in the strike on Sarmin on Friday was taken to hospital in Idlib.",
                 ["wounded 1 all total"], absent: ["killed"]),
    ])
    func diedOfWoundsInRelativeClause(_ c: RuleCase) { expectRule(c) }

    /// The Arabic relative clause leaves the sentence its own day: the two claims are the report's, not back-references.
    @Test("«كان قد» after the noun keeps the report's own event")
    func describedNounKeepsOwnEvent() {
        let claims = extract("توفي رجل كان قد أصيب في الغارة على بلدة سرمين يوم الجمعة متأثراً بجروحه، لترتفع حصيلة القتلى إلى خمسة.", published: "2026-05-03").claims
        #expect(claims.count == 2 && claims.allSatisfy { $0.context == .main && $0.kind == .incident })
        let earlier = extract("وكان رجل قد أصيب في الغارة على بلدة سرمين يوم الجمعة.", published: "2026-05-03").claims
        #expect(earlier.allSatisfy { $0.context == .backReference })
    }

    /// "died in Friday's drone strike on Sarmin, the deadliest attack in Idlib this year": "this year" after a superlative
    /// ranks the one attack; the toll stays that attack's. A count "this year" with no superlative before it stays a tally.
    @Test("a ranked attack 'this year' is not a tally", arguments: [
        ("Four members of one family died in Friday's drone strike on Sarmin, the deadliest attack in Idlib this year. Since January, 62 civilians have been killed in Idlib province, 19 of them children, according to the monitor's figures.",
         [ClaimKind.incident, .tally, .tally]),
        ("Three civilians were killed in Tuesday's shelling of Ariha, the worst attack on the town this year.", [.incident]),
        ("قُتل أربعة أفراد من عائلة واحدة في الغارة على بلدة سرمين يوم الجمعة، وهي الهجوم الأعنف في إدلب هذا العام.", [.incident]),
        ("At least 48 people have been killed in tribal infighting this year, the deadliest wave of violence in the province.", [.tally]),
    ])
    func rankedAttackThisYear(text: String, kinds: [ClaimKind]) {
        let claims = extract(text, published: "2026-05-03").claims
        #expect(claims.map(\.kind) == kinds, "\(text)")
        if let first = claims.first, first.kind == .incident { #expect(first.eventDate?.day != nil, "\(text)") }
    }

    /// "near the town of Jasim": a name the gazetteer reads only after a settlement noun (Jasim is also a man's name) is
    /// the town after "the town of", "the city of", "the village of", as after «مدينة»; bare, it stays unread.
    @Test("a town read after 'the town of'", arguments: [
        ("Four members of the General Security forces were killed and two others were wounded on Monday evening when unidentified gunmen opened fire on a checkpoint near the town of Jasim, in the northern Daraa countryside.", "jasim"),
        ("قُتل أربعة عناصر من الأمن العام وأصيب اثنان آخران مساء الاثنين، بهجوم مسلحين مجهولين على حاجز قرب مدينة جاسم في ريف درعا الشمالي.", "jasim"),
        ("Two civilians were killed on Tuesday when a shell hit a house in the village of Jasim in the Daraa countryside.", "jasim"),
        ("Two civilians were killed on Tuesday when a shell hit a house near Jasim in the Daraa countryside.", "daraa"),
    ])
    func townAfterSettlementNoun(text: String, place: String) throws {
        let toll = try #require(extract(text, published: "2026-05-03").claims.first)
        #expect(toll.place?.name == place && toll.place?.admin1 == "daraa", "\(text)")
    }

    /// "12 members of the security forces", «12 عنصراً من قوات الأمن»: the state's security forces, as "the General
    /// Security forces" («الأمن العام»); the SDF's "Kurdish security forces" stay the SDF's.
    @Test("members of the security forces", arguments: [
        RuleCase("en", "Since the beginning of March, Daraa province has seen 23 security incidents that left 31 people dead, among them 12 members of the security forces and 4 children, the group documented.",
                 ["killed 31 all total", "killed 12 government subset<31", "killed 4 children subset<31"]),
        RuleCase("ar", "وثقت المجموعة 23 حادثة أمنية في محافظة درعا منذ بداية آذار، أسفرت عن مقتل 31 شخصاً، بينهم 12 عنصراً من قوات الأمن و4 أطفال.",
                 ["killed 31 all total", "killed 12 government subset<31", "killed 4 children subset<31"]),
        RuleCase("general security", "Four members of the General Security forces were killed near the town of Jasim on Monday.", ["killed 4 government total"]),
        RuleCase("near miss: Kurdish", "Two members of the Kurdish security forces were killed in an attack near Qamishli on Monday.", ["killed 2 sdf total"]),
    ])
    func securityForces(_ c: RuleCase) { expectRule(c) }

    /// "23 security incidents that left 31 people dead": a relative clause on a counted plural of events gives the
    /// count's own figures (the monthly count was a back-reference, in no series and checked against nothing); "the
    /// siege, which killed 40" and "two attacks that killed 12" still tell of another event.
    @Test("a relative clause on counted events is the count's own", arguments: [
        ("Since the beginning of March, Daraa province has seen 23 security incidents that left 31 people dead.", ClaimContext.main),
        ("In May the monitor recorded 14 attacks which killed 22 people in the Deir ez-Zor countryside.", .main),
        ("The siege of the town, which killed 40 people, ended in May.", .backReference),
        ("Two attacks that killed 12 people hit the town last year.", .backReference),
    ])
    func relativeClauseOnCountedEvents(text: String, context: ClaimContext) {
        let claims = extract(text, published: "2026-04-01").claims.filter { $0.measure == .killed }
        #expect(!claims.isEmpty && claims.allSatisfy { $0.context == context }, "\(claims.map { ($0.value, $0.context) })")
    }

    /// "Those killed included four children and a woman" after the toll: the dead named by their verb pick some out of
    /// it, as "The dead included" does (they were two tolls of their own, which the ledger now sums as a list).
    @Test("those killed included", arguments: [
        RuleCase("en", "The toll of the car bombing in Azaz rose to 12 on Saturday, a monitor said. Those killed included four children and a woman, it said.",
                 ["killed 12 all total", "killed 4 children subset<12", "killed 1 women subset<12"]),
        RuleCase("en wounded after while", "The toll of the car bombing in Azaz rose to 12 on Saturday, a monitor said. It said those killed included four children and a woman, while about 30 people remained in hospital.",
                 ["killed 12 all total", "killed 4 children subset<12", "killed 1 women subset<12", "wounded 30 all total"]),
        RuleCase("en people", "Nine people died in the shelling of Ariha on Monday. The people killed were two children and seven men.",
                 ["killed 9 all total", "killed 2 children part<9"]),
        RuleCase("near miss", "Nine people died in the shelling of Ariha on Monday. Gunmen killed two children in Binnish.",
                 ["killed 9 all total", "killed 2 children total"]),
    ])
    func thoseKilledIncluded(_ c: RuleCase) { expectRule(c) }

    /// «قُتل عامل في أحد الحقول النفطية»: «أحد» after a preposition and before a noun that names no person is "one of the
    /// fields", not one more dead (the worker and the "one" were a list of two, once the ledger summed lists).
    @Test("«في أحد» a thing is no figure", arguments: [
        RuleCase("field", "قُتل عامل في أحد الحقول النفطية برصاص مسلحين مجهولين فجر اليوم.", ["killed 1 civilians total"], absent: ["killed 1 all"]),
        RuleCase("checkpoint", "أصيب عنصران على أحد الحواجز قرب البلدة.", ["wounded 2 all total"], absent: ["wounded 1"]),
        RuleCase("near miss: a person", "قُتل أحد المدنيين برصاص مسلحين في البلدة.", ["killed 1 civilians total"]),
    ])
    func oneOfAThing(_ c: RuleCase) { expectRule(c) }
}
