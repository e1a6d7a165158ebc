import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the ninth reading (branch `extract9`): ministry and monitor statements from Yemen, Lebanon, Gaza,
/// Sudan and Iraq phrased like Syria reports, revised tolls, "the number of injured", and more.
/// Sentences are our own.
@Suite("Real pages 18: the ninth reading")
struct RecallRuleTests18 {
    static let recall: [RuleCase] = [
        // "the number of injured reached N": "of" after a count noun names what is counted; it picks no wounded out of a
        // count before (the figure was dropped as "some of the wounded" with no count of them).
        RuleCase("number-of-injured", "Since the ceasefire, the tally of dead stands at 188 and the number of injured has reached 452, officials say.",
                 ["killed 188 all total", "wounded 452 all total"]),
        RuleCase("number-of-the-wounded", "The number of the wounded rose to 75 by the evening.", ["wounded 75 all total"]),
        // "The number of dead rose to 12, and the number of wounded to 40": the rise verb has its subject before it, so
        // the 12 is the dead's (it was read as wounded, the count after it).
        RuleCase("two-counts-rose", "The number of dead rose to 12, and the number of wounded to 40.",
                 ["killed 12 all total", "wounded 40 all total"], absent: ["wounded 12"]),
        // "the injury toll": a toll of the wounded (it was a second killed figure).
        RuleCase("injury-toll", "The death toll rose to 12 and the injury toll to 40 after the market blast.",
                 ["killed 12 all total", "wounded 40 all total"], absent: ["killed 40"]),
        // "climbed from 558 to 569": the old toll and the new one, not a range; the wounded after them do not take them.
        RuleCase("climbed-from-to-with-wounded", "By evening the death toll of the raids had climbed from 492 to 503, and upwards of 1,600 people were wounded.",
                 ["killed 492 all total", "killed 503 all total", "wounded 1600 all total"]),
        // «توفي جريحان», «بعد وفاة جريحين»: two wounded right after a death verb or noun are two who died (they were wounded).
        RuleCase("two-wounded-died", "وتوفي جريحان متأثرين بجراحهما في مشفى المدينة صباح اليوم.", ["killed 2 all total"], absent: ["wounded"]),
        RuleCase("death-of-two-wounded", "وسجّل المشفى وفاة جريحين من ضحايا القصف.", ["killed 2 all total"], absent: ["wounded"]),
        // Two strikes in one sentence with tolls of the same size are two tolls, not one told twice (the Lebanese towns
        // are not in the gazetteer, so their places could not tell them apart).
        RuleCase("two-strikes-same-toll-ar", "وقتلت غارة على قرية شرق النبطية 6 أشخاص، فيما أدت غارة أخرى على بلدة في قضاء صور إلى مقتل 6 أشخاص.",
                 ["killed 6 all total", "killed 6 all total"]),
        RuleCase("two-strikes-same-toll-en", "A drone strike left 4 people dead in one village while another strike killed 4 people near the coast.",
                 ["killed 4 all total", "killed 4 all total"]),
        // «31 جثة», «8 جثث»: bodies counted by the number before them (they were lost: «جثة» was a verb's word only).
        RuleCase("bodies-after-number", "وذكرت السلطات أن 27 جثة نُقلت إلى مشرحة الميناء حتى المساء.", ["killed 27 all total"]),
        RuleCase("rescued-and-bodies", "وتمكنت الزوارق من إنقاذ 64 شخصاً، كما انتشلت 9 جثث قرب الشاطئ.", ["killed 9 all total"], absent: ["killed 64"]),
        // «عشرون رجلاً وعشر نساء»: a number word with «و» opens the next item (the women were the men's category).
        RuleCase("number-word-opens-item", "قُتل 33 شخصاً، وهم عشرون رجلاً وعشر نساء وثلاثة أطفال.",
                 ["killed 33 all total", "killed 20 all part<33", "killed 10 women part<33", "killed 3 children part<33"]),
        // «في عداد المفقودين», «عدد المفقودين»: the missing with their article.
        RuleCase("counted-among-missing", "وعُثر على جثث 19 مهاجراً، فيما بقي 23 راكباً في عداد المفقودين حتى المساء.",
                 ["killed 19 all total", "missing 23 civilians total"], absent: ["killed 23"]),
        RuleCase("number-of-missing-ar", "وبلغ عدد المفقودين 42 شخصاً بعد غرق القارب.", ["missing 42 all total"]),
        // "were said to have been wounded": "said to" reports what befell them, it opens no clause.
        RuleCase("said-to-have-been", "As many as 530 more civilians were said to have been wounded in those raids.", ["wounded 530 civilians total"]),
        // After the contrast, a toll of its own before the second figure: two incidents' wounded, not one told twice.
        RuleCase("two-incidents-same-wounded", "وفقد مدني حياته بعبوة زُرعت على طريق زراعي وجُرح خمسة آخرون، فيما قُتل جنديان وجُرح خمسة آخرون حين هوجمت ثكنتهم.",
                 ["killed 1 civilians total", "wounded 5 all total", "killed 2 regime total", "wounded 5 all total"]),
        // «مقتل المواطن علي صالح وابنته»: kin with «و» after the name of a single person counted is one more.
        RuleCase("kin-after-name", "وانفجر لغم بسيارة ما أدى إلى مقتل المواطن حسن الأحمد وابنته هدى وإصابة ابنه رامي.",
                 ["killed 1 all total", "killed 1 women total", "wounded 1 all total"]),
        RuleCase("wife-after-name", "وقضى المواطن خالد العمر وزوجته بقصف على القرية.", ["killed 1 all total", "killed 1 women total"]),
        // «منهم 28 قتيلاً و113 جريحاً» after a killed and a wounded total: each hangs under the total of its own measure
        // (the 28 was a toll of its own, as the last total counted the wounded).
        RuleCase("own-measure-subsets", "وحسب البيان خلّفت الضربات مقتل 41 شخصاً وإصابة 97 آخرين، منهم 30 قتيلاً و80 جريحاً داخل المدينة.",
                 ["killed 41 all total", "wounded 97 all total", "killed 30 all subset<41", "wounded 80 all subset<97"]),
        // People by nationality in Arabic («فلسطينيين», «يمنياً», «سوريين»), as "Syrians" in English.
        RuleCase("nationality-ar", "وقُتل ثلاثة فلسطينيين وجُرح عشرة في غارة على مبنى سكني.",
                 ["killed 3 all total", "wounded 10 all total"]),
        RuleCase("nationality-yemeni", "ولقي 11 يمنياً حتفهم وأصيب 7 آخرون في الحي.", ["killed 11 all total", "wounded 7 all total"]),
        RuleCase("nationality-syrian-plural", "وقُتل 4 سوريين بقصف على المخيم.", ["killed 4 all total"]),
        // "A father and son": a bare kin noun after "and" and a single person counted is one more.
        RuleCase("father-and-son", "A father and son died when a drone hit their car near the border.", ["killed 1 all total", "killed 1 all total"]),
        RuleCase("woman-and-daughter", "A woman and daughter were wounded by shrapnel in the village.", ["wounded 1 women total", "wounded 1 women total"]),
        // «أُسعف أربعة أشخاص إلى المشفى»: rushed to hospital are the wounded (they took the killed verb before the contrast).
        RuleCase("rushed-to-hospital", "ولقي ثلاثة رجال حتفهم في الشجار بين العائلتين، بينما أُسعف أربعة أشخاص إلى مشفى المدينة بعد إصابتهم.",
                 ["killed 3 all total", "wounded 4 all total"], absent: ["killed 4"]),
        // «جثتي شابين»: the construct dual of «جثة» is two bodies (it was lost); the two persons after it are the two.
        RuleCase("two-bodies-construct", "وعُثر على جثتي شابين مقتولين بالرصاص قرب البلدة.", ["killed 2 civilians total"]),
        RuleCase("two-bodies-man-and-woman", "وعثرت دورية على جثتي رجل وامرأة في البادية.", ["killed 2 all total"], absent: ["killed 1"]),
        // A sentence opening on the dead of the one before ("Of them, …", «ومنهم», «ومن بين القتلى») picks some of them out
        // (they were lost, or tolls of their own): subsets of that toll, not parts (which would have to add up to it).
        RuleCase("of-them-next-sentence", "The monitor counted 150 people killed in the month. Of them, 30 were children and 10 were women.",
                 ["killed 150 all total", "killed 30 children subset<150", "killed 10 women subset<150"]),
        RuleCase("of-the-dead-next-sentence", "Gunmen killed 12 people at the market. Of the dead, 5 were children.",
                 ["killed 12 all total", "killed 5 children subset<12"]),
        RuleCase("among-the-dead-next-sentence-ar", "قُتل 150 شخصاً خلال الشهر. ومن بين القتلى 30 طفلاً و10 نساء.",
                 ["killed 150 all total", "killed 30 children subset<150", "killed 10 women subset<150"]),
        RuleCase("of-them-next-sentence-ar", "قُتل 40 شخصاً بالقصف. ومنهم 12 طفلاً و8 نساء.",
                 ["killed 40 all total", "killed 12 children subset<40", "killed 8 women subset<40"]),
        // Migrants, patients, worshippers and "one adult" are people (the figures were lost).
        RuleCase("migrants-died", "The coast guard said 38 migrants died when their boat overturned off the island.", ["killed 38 civilians total"]),
        RuleCase("one-adult", "The shell killed a fighter at the checkpoint, two children and one adult in a nearby house.",
                 ["killed 1 all total", "killed 2 children total", "killed 1 all total"]),
        RuleCase("patients-and-nurse", "Two patients and a nurse were killed when the shell hit the hospital.",
                 ["killed 2 civilians total", "killed 1 civilians total"]),
        // «أسفر … عن 31 ضحية», «خلّف القصف 12 ضحية»: victims an attack left, in a sentence naming no wounded but its own
        // counted ones, are the dead.
        RuleCase("victims-left-ar", "وأسفرت الغارة على البناية عن 29 ضحية منهم 4 أطفال و6 نساء، وما زال البحث جارياً.",
                 ["killed 29 all total", "killed 4 children subset<29", "killed 6 women subset<29"]),
        RuleCase("victims-left-and-wounded-ar", "وخلّف القصف 12 ضحية و30 جريحاً في الحي.", ["killed 12 all total", "wounded 30 all total"]),
    ]

    @Test("a construction of the ninth reading is read", arguments: recall)
    func reads(_ c: RuleCase) { expectRule(c) }

    static let precision: [RuleCase] = [
        // The strike named again ("the strike", «القصف») is the same attack: one toll told twice.
        RuleCase("same-strike-told-twice-ar", "قُتل 5 أشخاص في قصف على البلدة، وأدى القصف إلى مقتل 5 أشخاص بينهم طفلان.",
                 ["killed 5 all total", "killed 2 children subset<5"]),
        RuleCase("same-strike-told-twice-en", "An air strike killed 4 people in the town, and the strike killed 4 people as they slept, medics said.",
                 ["killed 4 all total"]),
        // "across the 100 events": events are not people.
        RuleCase("events-not-people", "Between 150 and 210 people were reported killed in the 100 events logged that month.",
                 ["killed 150 all total", "killed 210 all total"], absent: ["killed 100"]),
        // «سوريا», the country, is no Syrian counted.
        RuleCase("syria-not-a-syrian", "وقُتل عامل في حقل النفط، في واحدة من أكثر المناطق توتراً في سوريا.", ["killed 1 civilians total"], absent: ["killed 1 all"]),
        // "Of them" after a wounded count picks out of the wounded, not the dead.
        RuleCase("of-them-after-wounded", "Three people were killed and five wounded in the blast. Of them, two are in critical condition.",
                 ["killed 3 all total", "wounded 5 all total"], absent: ["killed 2"]),
        // One more death after a contrast, with no toll raised, is not inside the toll before it (it was its subset).
        RuleCase("died-of-wounds-after-contrast-ar", "وفي ريف المدينة قُتل مدنيان برصاص قناص، بينما توفي طفل متأثراً بجراحه.",
                 ["killed 2 civilians total", "killed 1 children total"]),
        RuleCase("died-of-wounds-after-contrast-en", "Two farmers were shot dead by a sniper, while a boy died of his wounds in hospital.",
                 ["killed 2 civilians total", "killed 1 children total"]),
        // Victims told as killed and wounded stay one combined figure.
        RuleCase("victims-killed-and-wounded-ar", "وأسفر القصف عن 31 ضحية بين قتيل وجريح.", ["killed_or_wounded 31 all total"], absent: ["killed 31"]),
        // Found by the lead's check of this reading. Kin after a name with a verb of its own is that verb's: the brother
        // was wounded, not one more of the dead.
        RuleCase("kin-after-name-own-verb", "قُتل الشاب محمد الخلف وشقيقه أصيب بجروح خطيرة إثر إطلاق نار في البلدة.",
                 ["killed 1 civilians total"], absent: ["killed 1 all"]),
        // The dead picked out and the clause after "while" add up to the toll: a whole breakdown, not a second toll of 7.
        RuleCase("picked-out-with-contrast-sum", "The death toll from the market shelling has risen to 14. Of the dead, 4 were children and 3 were women, while 7 were men.",
                 ["killed 14 all total", "killed 4 children part<14", "killed 3 women part<14", "killed 7 all part<14"]),
        // Picked out and not adding up: subsets, so that no breakdown is said not to sum.
        RuleCase("picked-out-subsets", "Shelling killed five civilians in the town. Of them, two were children.",
                 ["killed 5 civilians total", "killed 2 children subset<5"]),
    ]

    @Test("a decoy of the ninth reading is not read", arguments: precision)
    func ignores(_ c: RuleCase) {
        expectRule(c)
        // The strike named again is one attack: its toll is told once.
        if c.id.hasPrefix("same-strike") { #expect(extract(c.text).claims.filter { $0.role == .total }.count == 1, "\(c.id)") }
    }

    /// "rose from 558 to 569", «وارتفعت حصيلة القتلى من 6 إلى 8»: digits after "from" and a rise verb are the toll the
    /// new one replaces (they were the two ends of a range, both current); «وارتفعت» with its «و» is an update too.
    @Test("digits after 'from' in a rising toll are the toll the new one replaces")
    func risingFromDigits() {
        for text in ["The ministry said the toll of the strikes rose from 492 to 503 dead.",
                     "By evening the death toll of the raids had climbed from 492 to 503, and upwards of 1,600 people were wounded.",
                     "وارتفعت حصيلة القتلى من 6 إلى 8 في المدينة."] {
            let cs = extract(text).claims.filter { $0.measure == .killed }
            let old = cs.first { $0.value == 492 || $0.value == 6 }, new = cs.first { $0.value == 503 || $0.value == 8 }
            #expect(old != nil && new != nil, "\(text)")
            #expect(old?.supersededBy == new?.id, "\(text)")
            #expect(new?.supersededBy == nil && new?.qualifier == .exact, "\(text)")
        }
        // A range is still a range.
        let r = extract("Between 12 and 14 people were killed in the raid.").claims
        #expect(r.map(\.qualifier) == [.atLeast, .upTo])
    }

    /// "since mid-March", «منذ منتصف شهر آذار»: a count since the middle of a month is a tally from the 15th (it was an
    /// incident: the start was not read).
    @Test("a count since the middle of a month is a tally from the 15th")
    func sinceMidMonth() {
        for text in ["وأحصت الوزارة 61 قتيلاً مدنياً سقطوا بالضربات الجوية منذ منتصف شهر آذار.",
                     "The ministry said 61 civilians had been killed in the air strikes since mid-March.",
                     "The ministry said 61 civilians had been killed in the air strikes since the middle of March."] {
            let cs = extract(text, published: "2025-04-02").claims
            #expect(cs.count == 1, "\(text)")
            #expect(cs.first?.kind == .tally, "\(text)")
            #expect(cs.first?.period?.start?.description == "2025-03-15", "\(text)")
        }
    }

    /// "… died under torture in Idlib, 8 in Homs and 6 in Hama last month": in a tally sentence a bare item after the first
    /// figure keeps its own place (every item took the sentence's first place).
    @Test("bare items of a tally keep their own places")
    func tallyItemPlaces() {
        let text = "Ten people died under torture in Idlib, 8 in Homs and 6 in Hama last month."
        let cs = extract(text, published: "2025-02-10").claims
        #expect(cs.map { "\($0.value) \($0.place?.name ?? "-")" } == ["10 idlib", "8 homs", "6 hama"])
        #expect(cs.allSatisfy { $0.kind == .tally })
    }

    /// "the number of people killed in the strike on the school has risen to 80": "the number of" with one attack named by
    /// "the" and no period counts that attack (it was a tally "since the start"); with a period it stays a tally.
    @Test("'the number of' killed in the attack is the attack's toll")
    func numberKilledInTheAttack() {
        let one = extract("The number of people killed in the strike on the shelter has risen to 74, medics said.").claims
        #expect(one.map(\.kind) == [.incident])
        let season = extract("The number of people killed in such strikes since the start of the year has risen to 74.").claims
        #expect(season.map(\.kind) == [.tally])
    }
}
