import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the eleventh reading (branch `extract11`): Yemen, Sudan, Lebanon and Syria in Arabic, the Great Lakes,
/// the Sahel, Kashmir, Haiti, Mexico and more, and the left-alones of the lead's scenarios. Sentences are our own.
@Suite("Real pages 20: the eleventh reading")
struct RecallRuleTests20 {
    static let recall: [RuleCase] = [
        // «أربعة أشخاص أحدهم طفل»: "one of them" picks one out of the figure; its noun is not the whole figure's
        // category (the three were children), and after a comma the one was lost.
        RuleCase("one-of-them-ar", "قُتل أربعة أشخاص أحدهم طفل بغارة على سوق القرية.",
                 ["killed 4 all total", "killed 1 children subset<4"], absent: ["killed 4 children"]),
        RuleCase("one-of-the-two-ar", "وأكد مصدر طبي مقتل شخصين، أحدهما طفل في العاشرة، بالغارة على الحي.",
                 ["killed 2 all total", "killed 1 children subset<2"], absent: ["killed 2 children"]),
        // «40 من أبناء البلدة»: the sons of a town, faith or tribe are its people, not children; a list after «بينهم … وهم:»
        // does not take the subsets' category either.
        RuleCase("natives-of-town-ar", "بلغ عدد قتلى المعارك في الريف 70 قتيلاً، بينهم ثلاثة أطفال، وهم: 45 من أبناء القرى، و15 من مقاتلي العشائر، و10 من عناصر وزارة الدفاع.",
                 ["killed 70 all total", "killed 3 children subset<70", "killed 45 all part<70", "killed 15 all part<70", "killed 10 government part<70"],
                 absent: ["killed 45 children"]),
        RuleCase("natives-of-faith-ar", "وأحصت الشبكة بين القتلى 120 من أبناء الطائفة، منهم 50 مدنياً.",
                 ["killed 120 all total", "killed 50 civilians subset<120"], absent: ["killed 120 children"]),
        // "…, while seven were men" (a left-alone of the lead's scenarios): a number word between the toll's noun and the
        // figure ends the category hint, as a digit does (the men took the children's category of the first item).
        RuleCase("while-seven-were-men", "Fourteen people were killed in the raid. Among the dead were four children and three women, while seven were men.",
                 ["killed 14 all total", "killed 4 children part<14", "killed 3 women part<14", "killed 7 all part<14"], absent: ["killed 7 children"]),
        RuleCase("while-seven-were-men-alone", "Among the dead were four children and three women, while seven were men.",
                 ["killed 4 children total", "killed 3 women total", "killed 7 all total"], absent: ["killed 7 children"]),
        // «مستشاران إيرانيان» (a left-alone of the lead's scenarios): the Arabic adjective gives the category English
        // "two Iranian advisers" gets; shelling named Iranian is who killed, not who died.
        RuleCase("iranian-advisers-dual-ar", "قتل خمسة أشخاص بينهم مستشاران إيرانيان في الغارة.",
                 ["killed 5 all total", "killed 2 iran_backed subset<5"]),
        RuleCase("iranian-plural-ar", "قتل سبعة أشخاص بينهم ثلاثة مستشارين إيرانيين.", ["killed 7 all total", "killed 3 iran_backed subset<7"]),
        RuleCase("iranian-shelling-ar", "قتل 4 أشخاص بقصف إيراني على القرية.", ["killed 4 all total"], absent: ["killed 4 iran_backed"]),
        // «… (الأسايش) وسائق مدني» (a left-alone of the lead's scenarios): a bracketed name of the group between two items
        // is glue, so the driver after it is one more (he was lost).
        RuleCase("driver-after-bracket-ar", "قُتل عنصران من قوى الأمن الداخلي (الأسايش) وسائق مدني بهجوم على الحاجز.",
                 ["killed 2 sdf total", "killed 1 civilians total"]),
        RuleCase("child-after-bracket-ar", "أسفر الانفجار عن مقتل عنصرين (من الأسايش) وطفل.", ["killed 2 sdf total", "killed 1 children total"]),
        // "two of them later succumbed": a death verb right after "of them" is the figure's own; after a wounded count the
        // three are dead, as "two of the wounded died" are (they were more wounded, a subset of the five).
        RuleCase("of-them-succumbed", "Five policemen were hurt in the ambush, and three of them later succumbed in hospital.",
                 ["wounded 5 government total", "killed 3 all total"], absent: ["wounded 3"]),
        RuleCase("of-them-died-on-the-way", "A bomb hit the minibus and nine passengers were badly injured; two of them died on the way to the clinic.",
                 ["wounded 9 all total", "killed 2 all total"], absent: ["wounded 2"]),
        // Kashmir and Sahel words for soldiers: troopers, jawans, commandos (the figures were lost).
        RuleCase("troopers-jawans", "Two jawans and a trooper were killed in the encounter, and three commandos were injured.",
                 ["killed 2 military total", "killed 1 military total", "wounded 3 military total"]),
        // «وأطفالها الأربعة», «وأبناءه الثلاثة»: plural kin with a pronoun and a definite number word are that many more
        // (they were lost).
        RuleCase("kin-with-definite-number-ar", "وأودى القصف بحياة امرأة وأطفالها الأربعة داخل خيمتهم.",
                 ["killed 1 women total", "killed 4 children total"]),
        RuleCase("sons-with-definite-number-ar", "قتل مسلحون مزارعاً وأبناءه الثلاثة في القرية.",
                 ["killed 1 civilians total", "killed 3 all total"]),
        // "1,900 injured people": a number with a thousands separator is no year (the wounded were lost, as a year between
        // 1900 and 2100 unless a person noun follows).
        RuleCase("separator-not-year", "The provincial health office listed 640 dead and 1,900 injured people after a week of fighting.",
                 ["killed 640 all total", "wounded 1900 all total"]),
        RuleCase("adolescents", "Two adolescents and a man were killed when gunmen opened fire on the market.",
                 ["killed 2 children total", "killed 1 all total"]),
        // «تصل حصيلة القتلى … إلى 2050»: a number after «إلى»/"to" and a rise verb is the
        // toll it reached, not a year (the dead were lost); "from 2019 to 2021" stays a span of years.
        RuleCase("risen-to-year-like-ar", "وبذلك تصل حصيلة القتلى منذ مطلع الحرب إلى 2050، فيما وصل عدد الجرحى إلى 8700.",
                 ["killed 2050 all total", "wounded 8700 all total"]),
        RuleCase("houthis", "More than 40 Houthis were killed in the ambush near the base, the army said.", ["killed 40 all total"]),
        // «بينهم قائد الكتيبة ومسؤول عسكري»: the unit a single person is named by is glue, so the next person is one more (he
        // was lost).
        RuleCase("commander-of-unit-and-another-ar", "قتل 9 مقاتلين في الكمين، بينهم قائد الكتيبة ومسؤول عسكري.",
                 ["killed 9 all total", "killed 1 all subset<9", "killed 1 military subset<9"]),
    ]

    static let precision: [RuleCase] = [
        // "rose by 5 to 15": the number after "by" and a rise verb is the growth, not a range's low end (it was at least 5
        // and up to 15); «لترتفع الحصيلة بـ 4 قتلى و11 جريحاً»: both measures of the growth (they were tolls of their own).
        RuleCase("risen-by-en", "The death toll rose by 5 to 15 overnight, the agency said.", ["killed 15 all total"], absent: ["killed 5"]),
        RuleCase("risen-by-ar", "وقُتل 8 أشخاص وجُرح 20 في القصف، لترتفع الحصيلة بـ 4 قتلى و11 جريحاً.",
                 ["killed 8 all total", "wounded 20 all total"], absent: ["killed 4", "wounded 11"]),
        // "while four infiltrators were neutralised", "while three others were taken to hospital": after a contrast, a figure
        // with an unread verb of its own does not borrow the verb before (they were wounded, or dead).
        RuleCase("contrast-own-unread-verb", "One trooper was martyred and two others hurt in the firefight, while four infiltrators were neutralised near the fence.",
                 ["killed 1 military total", "wounded 2 all total"], absent: ["wounded 4", "killed 4"]),
        RuleCase("contrast-taken-to-hospital", "Two men were killed while three others were taken to hospital.",
                 ["killed 2 all total"], absent: ["killed 3"]),
        // «قتل 3 رجال وامرأتان وطفل», "Three children, two women and a man": a list of the dead whose later items add up
        // to the first is no breakdown of it (the women and the man were parts of the three children).
        RuleCase("list-not-breakdown-ar", "قتل 3 رجال وامرأتان وطفل بقصف على مخيم للنازحين.",
                 ["killed 3 all total", "killed 2 women total", "killed 1 children total"], absent: ["killed 2 women part"]),
        RuleCase("list-not-breakdown-en", "Three children, two women and a man were killed in the strike.",
                 ["killed 3 children total", "killed 2 women total", "killed 1 all total"], absent: ["killed 2 women part"]),
        // «من عائلة واحدة، مؤلفة من أم وأب وأربعة أطفال», "consisting of": who the family counted was, not more dead (the
        // three children were a toll of their own beside the five).
        RuleCase("family-consisting-of-ar", "قتل 6 أفراد من عائلة واحدة، مؤلفة من أم وأب وأربعة أطفال، بقذيفة سقطت على منزلهم.",
                 ["killed 6 all total", "killed 4 children subset<6"], absent: ["killed 4 children total"]),
        RuleCase("family-consisting-of-en", "Six members of one family, consisting of a couple and four children, were killed.",
                 ["killed 6 all total", "killed 4 children subset<6"], absent: ["killed 4 children total"]),
        // "Two of the seriously wounded were fighters": a word of severity before the wounded noun still picks some out
        // of the wounded (they were a second wounded toll).
        RuleCase("of-the-seriously-wounded", "Militiamen shot dead 45 villagers and seriously wounded 12 more. Two of the seriously wounded were fighters caught in the crossfire.",
                 ["killed 45 civilians total", "wounded 12 all total", "wounded 2 all subset<12"], absent: ["wounded 2 all total"]),
        RuleCase("span-of-years", "The number of killings rose steadily from 2019 to 2021 in the province.", [], absent: ["killed"]),
        // "Most of the dead were women and children, and 14 of the victims …": the category hint between a toll's noun and a
        // figure stops at a comma and "and" (the 14 were women).
        RuleCase("hint-stops-at-new-clause", "Most of the dead were women and children, and 14 of the victims were under 10.",
                 ["killed 14 all total"], absent: ["killed 14 women"]),
        // «بينما أكد طبيب في المستشفى أن …»: a single person right after a verb of affirming is who tells, not one more dead.
        RuleCase("affirming-speaker-ar", "قُتل 6 أشخاص في حصيلة أولية للغارة، بينما أكد طبيب في المستشفى أن العدد الحقيقي أكبر.",
                 ["killed 6 all total"], absent: ["killed 1"]),
        // "90 elderly men and women": a generic noun joined by "and" to another person noun is a mixed group (they were women).
        RuleCase("men-and-women-mixed", "The UN put the death toll at 150, including 90 elderly men and women.",
                 ["killed 150 all total", "killed 90 all subset<150"], absent: ["killed 90 women"]),
    ]

    @Test("a misreading of the eleventh reading is gone", arguments: precision)
    func readsPrecision(_ c: RuleCase) { expectRule(c) }

    @Test("a construction of the eleventh reading is read", arguments: recall)
    func readsRecall(_ c: RuleCase) { expectRule(c) }

    /// "revised down to 9 from an earlier toll of 11" (a left-alone of the lead's scenarios): the 9 after "to" is the toll
    /// (it was lost, taking the old toll's noun after it), and the 11 is superseded by it.
    @Test("a toll revised to a number from an earlier toll", arguments: [
        ("The toll was revised down to 9 from an earlier toll of 11.", 11, 9),
        ("Officials lowered the death toll to 14, from a previous toll of 17.", 17, 14),
    ])
    func revisedFromEarlier(_ c: (String, Int, Int)) throws { try expectSuperseded(c) }

    /// «… بعد أن كان مصدر أمني قد أشار إلى 10 قتلى»: the figure told "after it had been" is the earlier one (both
    /// were current totals).
    @Test("«بعد أن كانت … تحدثت عن» names the earlier figure", arguments: [
        ("وصل عدد القتلى إلى 15، بعد أن كان مصدر أمني قد أشار إلى 10 قتلى فقط.", 10, 15),
        ("ارتفعت الحصيلة إلى 12 قتيلاً بعد أن كانت حصيلة أولية 9 قتلى.", 9, 12),
    ])
    func afterItHadBeen(_ c: (String, Int, Int)) throws { try expectSuperseded(c) }

    /// "had earlier put the toll at more than 80, but the UN now says 170": "now" answers "earlier" as "later" does.
    @Test("'earlier … now' names the earlier figure")
    func earlierThenNow() throws {
        try expectSuperseded(("Rights groups had earlier put the toll at more than 80, but the UN now says 170 people were killed.", 80, 170))
    }

    /// "Earlier, gunmen killed 5 people, and later 3 more were killed": more dead, not a new count of the same.
    @Test("'later N more' is no new count", arguments: [
        "Earlier, gunmen killed 5 people, and later 3 more people were killed.",
        "Earlier, gunmen killed 5 people, and now 3 more people were killed.",
    ])
    func laterMore(_ text: String) {
        let e = extract(text)
        checkInvariants(e, text: text)
        #expect(e.claims.allSatisfy { $0.supersededBy == nil })
    }

    /// "bringing the total for the two attacks to 29", «مجموع قتلى الانفجارين»: the sum of the two tolls told before
    /// is a tally, not a third incident (the dead were counted twice).
    @Test("the total of two attacks is their sum, no third incident", arguments: [
        "Twenty people were killed in Wednesday's blast, while nine others died in Tuesday's explosion, bringing the total for the two attacks to 29.",
        "وقُتل 20 شخصاً في تفجير السوق صباحاً، و9 في تفجير الحاجز مساءً. وبهذا يصل مجموع قتلى الانفجارين إلى 29.",
    ])
    func sumOfTwoAttacks(_ text: String) throws {
        let e = extract(text, published: "2024-09-20")
        checkInvariants(e, text: text)
        let sum = try #require(e.claims.first { $0.measure == .killed && $0.value == 29 })
        #expect(sum.kind == .tally)
        #expect(e.claims.filter { $0.measure == .killed && $0.kind == .incident }.map(\.value).sorted() == [9, 20])
    }

    /// "… gave an initial death toll of 14. … later said the toll had risen to at least 25": the initial figure of the sentence
    /// before is superseded by the larger toll of the update (both were current totals).
    @Test("an initial toll a sentence before is superseded by the update")
    func initialTollSentenceBefore() throws {
        try expectSuperseded(("A civil society leader gave an initial death toll of 14. A local official later said the toll had risen to at least 25, including a police officer.", 14, 25))
    }

    /// Another killing done before («بعد أن كان مسلحون قد قتلوا 5») is no earlier figure.
    @Test("a killing done before is no earlier figure")
    func killingDoneBefore() {
        let text = "قتل 3 أشخاص بعد أن كان مسلحون قد قتلوا 5 آخرين."
        let e = extract(text)
        checkInvariants(e, text: text)
        #expect(e.claims.allSatisfy { $0.supersededBy == nil })
    }

    /// The killed figure `c.1` is superseded by the killed figure `c.2`, which stands.
    func expectSuperseded(_ c: (String, Int, Int)) throws {
        let e = extract(c.0)
        checkInvariants(e, text: c.0)
        let old = try #require(e.claims.first { $0.measure == .killed && $0.value == c.1 })
        let new = try #require(e.claims.first { $0.measure == .killed && $0.value == c.2 })
        #expect(old.supersededBy == new.id)
        #expect(new.supersededBy == nil)
    }
}
