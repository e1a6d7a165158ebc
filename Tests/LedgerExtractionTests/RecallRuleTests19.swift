import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the tenth reading (branch `extract10`): Afghanistan and Pakistan, Nigeria, Somalia, Myanmar, Ukraine,
/// North African civil-protection tolls, corrected tolls, and more. Sentences are our own.
@Suite("Real pages 19: the tenth reading")
struct RecallRuleTests19 {
    static let recall: [RuleCase] = [
        // "in one village": a place after "one" is no person (it was one dead, and the 13 who were shot were lost).
        RuleCase("one-village", "Gunmen shot dead 13 scrap collectors in one village on Saturday. The victims were 11 men and 2 women.",
                 ["killed 13 civilians total", "killed 11 all part<13", "killed 2 women part<13"], absent: ["killed 1"]),
        // Trades and callings of Nigerian, Somali and Burmese reports are people.
        RuleCase("trades-are-people", "Bandits killed four loggers and two vendors near the forest.",
                 ["killed 4 civilians total", "killed 2 civilians total"]),
        RuleCase("monk-among-dead", "Three women and seven men, among them a monk, died when the jet bombed the village.",
                 ["killed 3 women total", "killed 7 all total", "killed 1 civilians subset<7"]),
        RuleCase("police-officials", "Four police officials were martyred and 20 people were hurt when the bomb went off.",
                 // ("police" is a force's noun since the twelfth reading: police officials are the government's.)
                 ["killed 4 government total", "wounded 20 all total"]),
        // "killed or maimed": maimed are wounded, so the figure is combined (it was a death toll).
        RuleCase("killed-or-maimed", "Roadside bombs killed or maimed 640 people over the quarter, the mission said.",
                 ["killed_or_wounded 640 all total"], absent: ["killed 640"]),
        // "took N villagers hostage": hostages are the abducted.
        RuleCase("taken-hostage", "The insurgents took about 80 villagers hostage after the raid.", ["captured 80 civilians total"]),
        // "another suffered a gunshot wound": the article opens the wound the verb needs, not an object that is a figure
        // (the one wounded took the abduction verb before it).
        RuleCase("suffered-a-wound", "In the second village one man was killed, two were abducted and another suffered a bullet wound.",
                 ["killed 1 all total", "captured 2 all total", "wounded 1 all total"], absent: ["captured 1"]),
        // «وحالتي وفاة»: the dual of «حالة» before a count noun is two of its measure (it was lost).
        RuleCase("two-death-cases", "وسجلت الفرق 130 تدخلاً أسفرت عن 95 جريحاً وحالتي وفاة.", ["wounded 95 all total", "killed 2 all total"]),
        // «عدد المتوفين»: the deceased with the article are the dead.
        RuleCase("the-deceased-ar", "وبلغ عدد المتوفين 9 أشخاص في الحادث.", ["killed 9 all total"]),
        // "Twelve of the 13 dead were …": the 13 restates the toll, and the twelve are some of it (the 13 was a part of itself).
        RuleCase("n-of-the-m-dead", "At least 13 policemen died in the bombing. Twelve of the 13 dead were officers on duty, the mission said.",
                 ["killed 13 government total", "killed 12 all subset<13"], absent: ["killed 13 all"]),
        RuleCase("n-of-the-m-mid-sentence", "The blast killed 20 people, and nine of the 20 dead were children.",
                 ["killed 20 all total", "killed 9 all subset<20"], absent: ["killed 9 all total"]),
        // "Six of them were killed in X, another six in Y and three in Z" after a wounded count: the sentence's own death verb
        // picks out of the dead (they were tolls of their own, and the items were lost: "six" is a word, and "another" opens one).
        RuleCase("n-of-them-by-place", "Fifteen civilians were killed and 16 wounded by shelling in the region. Six of them were killed in Kharkiv, another six in Chuhuiv and three in Zolochiv.",
                 ["killed 15 civilians total", "wounded 16 all total", "killed 6 all part<15", "killed 6 all part<15", "killed 3 all part<15"]),
        RuleCase("place-items-in-words", "Fifteen civilians were killed in the region: six in Latakia, six in Tartus and three in Hama.",
                 ["killed 15 civilians total", "killed 6 all part<15", "killed 6 all part<15", "killed 3 all part<15"]),
        // «27 قتيلاً وإصابة 106 آخرين»: a verbal noun of another measure with a number of its own after it is that figure's
        // verb, not the second half of a combined noun (the 27 was killed or wounded).
        RuleCase("killed-and-injury-of-n", "وكان المركز قد أكد سقوط 27 قتيلاً وإصابة 106 آخرين في حصيلة أولى للاشتباكات.",
                 ["killed 27 all total", "wounded 106 all total"], absent: ["killed_or_wounded"]),
        RuleCase("dead-and-injury-of-more-than", "وأسفر القصف عن 5 قتلى وإصابة أكثر من 12 آخرين.", ["killed 5 all total", "wounded 12 all total"]),
        // "The dead include two doctors", "Those killed include …": some of the dead told before (they were a toll of their own).
        RuleCase("those-killed-include", "The renewed fighting has left at least 56 people dead and 266 others injured. Those killed include two doctors.",
                 ["killed 56 all total", "wounded 266 all total", "killed 2 all subset<56"]),
        RuleCase("the-dead-include", "Clashes in the capital left 40 people dead. The dead include a paramedic and three children.",
                 ["killed 40 all total", "killed 1 civilians subset<40", "killed 3 children subset<40"]),
        // «قضى منهم 10 أشخاص تحت التعذيب» after «بينهم 14 طفلاً و7 سيدات»: a subset is never larger than its parent, so the
        // ten are picked out of the 78, not out of the seven women.
        RuleCase("subset-not-larger-than-parent", "وقالت الشبكة إن الميليشيات قتلت 78 مدنياً، بينهم 14 طفلاً و7 سيدات، قضى منهم 10 أشخاص تحت التعذيب.",
                 ["killed 78 civilians total", "killed 14 children subset<78", "killed 7 women subset<78", "killed 10 all subset<78"]),
        // "The provisional toll was 34 volunteers and six soldiers" after "killed 40": the toll broken down (they were tolls).
        RuleCase("toll-was-breakdown", "Gunmen killed 40 people and wounded 33 others at the post. The provisional toll was 34 volunteers and six soldiers.",
                 ["killed 40 all total", "wounded 33 all total", "killed 34 all part<40", "killed 6 regime part<40"]),
        RuleCase("toll-included-some", "Gunmen killed 40 people in the raid. The toll included 12 soldiers and five children.",
                 ["killed 40 all total", "killed 12 regime subset<40", "killed 5 children subset<40"]),
        RuleCase("auxiliaries", "Five army auxiliaries were killed in the ambush.", ["killed 5 regime total"]),
        // «وفاتان», «إصابتان»: the duals of the count nouns are two (they were lost); «حالة وفاة» with no number is one.
        RuleCase("two-deaths-dual", "وأفادت إدارة السير بوقوع حوادث عدة نتج عنها وفاتان وإصابتان متوسطتان.",
                 ["killed 2 all total", "wounded 2 all total"]),
        RuleCase("one-death-case", "ووقع حادث دهس على الجسر صباح اليوم نتج عنه حالة وفاة.", ["killed 1 all total"]),
        // Pakistani English: "embraced martyrdom", constables and cops; armed men named by what they do.
        RuleCase("embraced-martyrdom", "Two soldiers embraced martyrdom while three others sustained injuries in the exchange of fire.",
                 ["killed 2 regime total", "wounded 3 all total"]),
        RuleCase("constable-succumbed", "A constable succumbed to his injuries in hospital, raising the death toll to six.",
                 ["killed 6 all total", "killed 1 government subset<6"]),
        RuleCase("terrorists-and-bandits", "Three terrorists and two bandits were killed in the operation, the army said.",
                 ["killed 3 all total", "killed 2 all total"]),
        RuleCase("security-escort", "A security escort and a bystander also died in the shooting.", ["killed 1 all total", "killed 1 civilians total"]),
        // «وأصابت 31 آخرين»: the active verb of wounding (the 31 were a subset of the dead).
        RuleCase("active-wounding-verb-ar", "وأودت القذائف بحياة 9 مواطنين بينهم طفل وأصابت 31 آخرين بجراح بينهم ثلاثة في حال حرجة.",
                 ["killed 9 all total", "killed 1 children subset<9", "wounded 31 all total", "wounded 3 all subset<31"], absent: ["killed 31"]),
        // A figure inside brackets takes no verb after them ("227 killed (31 men, …) and 525 injured": the men were wounded).
        RuleCase("bracket-items-keep-their-head", "The office recorded 227 killed (31 men, 25 women, 6 boys and 3 girls) and 525 injured.",
                 ["killed 227 all total", "killed 31 all part<227", "killed 25 women part<227", "killed 6 children part<227",
                  "killed 3 children part<227", "wounded 525 all total"], absent: ["wounded 31", "wounded 25"]),
        // «12 شخصاً (ثلاث نساء وطفلان)»: a number word right after a bracket opens a breakdown (it was the twelve's category).
        RuleCase("bracket-number-word-ar", "وقُتل 12 شخصاً (ثلاث نساء وطفلان) وأصيب 30 آخرون.",
                 ["killed 12 all total", "killed 3 women part<12", "killed 2 children part<12", "wounded 30 all total"]),
        // «ارتفع عدد الشهداء إلى 66»: the martyrs with the article are the dead, like «القتلى»; «عدد المصابين» the wounded.
        RuleCase("number-of-martyrs", "ويرتفع عدد الشهداء منذ بداية العام إلى 66 فلسطينياً (7 منهم في اشتباكات مسلحة).",
                 ["killed 66 all total", "killed 7 all subset<66"]),
        RuleCase("number-of-injured-ar", "وبلغ عدد المصابين 30 بعد انهيار المبنى.", ["wounded 30 all total"]),
        // «سقوط قتيل وثلاثة جرحى», «وشهيد متأثر بإصابته»: an indefinite singular noun of a measure is one of it (it was lost).
        RuleCase("one-dead-noun", "وأسفر الانفجار عن سقوط قتيل وثلاثة جرحى في صفوف المدنيين.", ["killed 1 all total", "wounded 3 civilians total"]),
        RuleCase("one-martyr-among", "ووصل إلى مستشفيات القطاع 43 شهيداً، منهم 42 انتشالاً، وشهيد متأثر بإصابته.",
                 ["killed 43 all total", "killed 42 all subset<43", "killed 1 all subset<43"]),
        RuleCase("one-dead-one-wounded", "وأسفر القصف على الحي عن قتيل وجريح.", ["killed 1 all total", "wounded 1 all total"]),
        // "four more corpses": corpses are the dead (the four took the wounded verb before the contrast); "more" and
        // "another" add to a toll of the same size, they do not restate it.
        RuleCase("more-corpses", "The attackers killed four people and left several others injured, while four more corpses were recovered from the bush.",
                 ["killed 4 all total", "killed 4 all total"], absent: ["wounded 4"]),
        RuleCase("another-same-size", "Four people were killed in the raid. Another four people died in the second village.",
                 ["killed 4 all total", "killed 4 all total"]),
        RuleCase("hostages-killed", "Three hostages were killed during the rescue.", ["killed 3 civilians total"]),
        RuleCase("natives-and-wives", "Police said four natives were killed, and the bandits carried off his two wives.",
                 ["killed 4 civilians total"]),
    ]

    @Test("a construction of the tenth reading is read", arguments: recall)
    func reads(_ c: RuleCase) { expectRule(c) }

    static let precision: [RuleCase] = [
        // "4 of whom" after "11 women" is not larger than them: it stays under the women (as before).
        RuleCase("of-whom-under-last-subset", "The report counted 142 civilians killed, including 21 children and 11 women, 4 of whom died under torture.",
                 ["killed 142 civilians total", "killed 21 children subset<142", "killed 11 women subset<142", "killed 4 all subset<11"]),
        // «فيما قال ضابط إن عشرة جنود قتلوا»: a single person right after a verb of telling, with «إن» after him, is the
        // speaker (he was one dead, and the ten soldiers were lost).
        RuleCase("speaker-after-said-ar", "وقال متحدث باسم الحركة إن 30 جندياً قتلوا، فيما قال ضابط إن عشرة جنود قتلوا.",
                 ["killed 30 regime total", "killed 10 regime total"], absent: ["killed 1"]),
        // "freed 17 hostages": hostages set free are no new abduction ("took N hostage" is).
        RuleCase("freed-hostages", "The gang had abducted over 50 residents. They later freed 17 hostages after a ransom was paid.",
                 ["captured 50 all total"], absent: ["captured 17"]),
        // «إخلاء الوفاتين»: the dual with the article restates the dead, it counts no one new.
        RuleCase("definite-dual-deaths", "وقُتل شخصان بحادث سير، وعمل الدفاع المدني على إخلاء الوفاتين إلى المستشفى.", ["killed 2 all total"]),
        // "two bombers, one of whom was killed": the verb after "N of whom" is that figure's; the two are not dead (they were
        // read as two more killed, merged with the two people killed before).
        RuleCase("one-of-whom-verb", "A guard said two people were killed and eight wounded. He said there were two bombers, one of whom was killed and the other caught.",
                 ["killed 2 all total", "wounded 8 all total", "killed 1 all total"], absent: ["killed 2 all part", "killed 1 all subset"]),
        RuleCase("held-hostages-of-whom", "The militants held 20 hostages, five of whom were later killed.", ["killed 5 all total"], absent: ["killed 20"]),
        // "Twelve people (including two children) were killed": a figure before the brackets still takes the verb after them.
        RuleCase("verb-after-bracket-for-head", "Twelve people (including two children) were killed in the strike.",
                 ["killed 12 all total", "killed 2 children subset<12"]),
        // A numbered list of names under a toll: «1.» is the line's place, not one more dead (each was a part of the toll).
        RuleCase("numbered-names", "ارتقى 3 شهداء في المواجهات. والشهداء هم:\n1. محمد أحمد جبارين / أم الفحم\n2. عمار خليل الطيراوي / رام الله\n3. رأفت نظمي الحرباوي / الخليل",
                 ["killed 3 all total"], absent: ["killed 1", "killed 2"]),
        RuleCase("numbered-names-dash", "Three people were killed in the raid. The dead are:\n1- Samer Khaled al-Ali\n2- Omar Hassan al-Ahmad\n3- Ali Mahmoud al-Saleh",
                 ["killed 3 all total"], absent: ["killed 1", "killed 2"]),
        // «بين قتيل وجريح» stays combined; «قتيل من كل عائلة», «كل قتيل» count no one.
        RuleCase("between-dead-and-wounded", "وسقط ستة أشخاص بين قتيل وجريح في الشجار.", ["killed_or_wounded 6 all total"], absent: ["killed 1", "wounded 1"]),
        RuleCase("every-dead", "وقالت العشيرة إن كل قتيل يترك عائلة بلا معيل.", [], absent: ["killed"]),
        // "Two of them died later" after a wounded count tells of the wounded who died, not of the dead before them.
        RuleCase("of-them-died-later", "Three people were killed and five wounded in the blast. Two of them died later in hospital.",
                 ["killed 3 all total", "wounded 5 all total", "killed 2 all total"], absent: ["killed 2 all subset"]),
        // «في حالة وفاة أحد الجرحى» (in case one of the wounded dies) counts no one new.
        RuleCase("in-case-of-death", "وقُتل شخص واحد، وفي حالة وفاة أحد الجرحى سترتفع الحصيلة.", ["killed 1 all total"], absent: ["killed 2"]),
        // A place noun after a number of two or more is a modifier: "two school teachers" are teachers.
        RuleCase("place-modifier", "Two school teachers and four camp residents were killed in the raid.",
                 ["killed 2 civilians total", "killed 4 all total"]),
        // "one of the 14 killed" names the toll itself.
        RuleCase("one-of-the-fourteen", "He is one of the 14 killed in the raid.", ["killed 14 all total"]),
        // A death of wounds told as the last item of a list of places is a toll of its own place, and so are the items before
        // it (they were increments inside the first toll); "reached 7, after two of the injured died" stays inside.
        RuleCase("list-item-died-of-wounds", "وأفاد المراسل بأن ستة أشخاص قتلوا في البلدة، وشخصين في المدينة، وشخصاً في القرية متأثراً بجراحه.",
                 ["killed 6 all total", "killed 2 all total", "killed 1 all total"], absent: ["killed 2 all subset", "killed 1 all subset"]),
        RuleCase("reached-after-died", "The death toll reached 7, after two of the injured died of their wounds.",
                 ["killed 7 all total", "killed 2 all subset<7"]),
        // Killed and wounded with no number after the second noun stay one combined figure.
        RuleCase("dead-and-wounded-combined-ar", "وأسفر القصف عن 5 قتلى وجرحى في الحي.", ["killed_or_wounded 5 all total"]),
        // "…, a doctor in Azaz said": a person with a short phrase of place before a verb of telling is the speaker
        // (the lead's check of the ninth reading: it was one more dead).
        RuleCase("speaker-with-place", "The toll rose from 5 to 7 after two of the injured died, a doctor in Azaz said.",
                 ["killed 7 all total"], absent: ["killed 1"]),
        RuleCase("speaker-at-hospital", "Three people were killed, a nurse at the city's main hospital told reporters.",
                 ["killed 3 all total"], absent: ["killed 1"]),
        // The phrase may not hold a verb of a measure: the child is a victim.
        RuleCase("child-in-house-killed", "A child in the house was killed, witnesses said.", ["killed 1 children total"]),
        // A corrected toll: the figure named as the one replaced ("and not", "instead of", "an earlier toll of", «وليس»,
        // «بدلاً من») is superseded by the new one (both were current totals, so the totals counted both).
        RuleCase("corrected-earlier-toll", "Officials now say 45 people died in the floods, correcting an earlier toll of 72.",
                 ["killed 45 all total", "killed 72 all total"]),
        RuleCase("earlier-then-later", "Police had earlier put the toll at 11, but later said 86 people had lost their lives in the attack.",
                 ["killed 11 all total", "killed 86 all total"]),
        RuleCase("and-not-ar", "وقالت الوزارة إن عدد الشهداء الذين انتُشلوا أمس هو 98 شهيداً وليس 120 شهيداً.",
                 ["killed 98 all total", "killed 120 all total"]),
        // "The number of wounded reached 30." right after one attack's toll counts that attack (the lead's check of the ninth
        // reading: it was a tally "since the start" with no start, counted in no total).
        RuleCase("number-of-wounded-next-sentence", "The toll from the car bombing rose from 12 to 14. The number of wounded reached 30.",
                 ["killed 12 all total", "killed 14 all total", "wounded 30 all total"]),
    ]

    @Test("a misreading of the tenth reading is gone", arguments: precision)
    func precise(_ c: RuleCase) { expectRule(c) }

    /// The figure a correction replaces is superseded by the figure of its measure next to it.
    @Test("a figure named as replaced is superseded", arguments: [
        ("Officials now say 45 people died in the floods, correcting an earlier toll of 72.", 72, 45),
        ("Two people were killed, not three as reported earlier.", 3, 2),
        ("Police had earlier put the toll at 11, but later said 86 people had lost their lives in the attack.", 11, 86),
        ("وقالت الوزارة إن عدد الشهداء الذين انتُشلوا أمس هو 98 شهيداً وليس 120 شهيداً.", 120, 98),
        ("وأوضح المتحدث أن عدد القتلى بلغ 1032 قتيلاً بدلاً من أكثر من 1060 أُعلن عنهم سابقاً.", 1060, 1032),
    ])
    func replaced(_ c: (String, Int, Int)) throws {
        let e = extract(c.0)
        checkInvariants(e, text: c.0)
        let old = try #require(e.claims.first { $0.value == c.1 && $0.measure == .killed })
        let new = try #require(e.claims.first { $0.value == c.2 && $0.measure == .killed })
        #expect(old.supersededBy == new.id)
        #expect(new.supersededBy == nil)
    }

    /// A count told in the sentence after one attack's toll is that attack's; after a year's toll it stays a tally.
    @Test("'the number of' right after one attack's toll counts that attack", arguments: [
        ("The toll from the car bombing rose from 12 to 14. The number of wounded reached 30.", ClaimKind.incident),
        ("A car bomb killed 12 people in the market. The number of wounded reached 30.", .incident),
        ("The strikes killed 300 people this year. The number of wounded reached 900.", .tally),
        // The ninth reading's left row: "the number of" after a contrast counts the event before the contrast.
        ("Four people were killed, while the number of injured reached 30.", .incident),
        ("قُتل أربعة أشخاص، فيما بلغ عدد الجرحى 30.", .incident),
    ])
    func numberOfAfterAttack(_ c: (String, ClaimKind)) throws {
        // (One of the reading's Kabul pages.)
        let e = extract(c.0)
        checkInvariants(e, text: c.0)
        let wounded = try #require(e.claims.first { $0.measure == .wounded })
        #expect(wounded.kind == c.1)
    }

    /// "quoted the ministry as saying eight people had been killed": reported speech, not an earlier event.
    @Test("'as saying … had been killed' is reported speech")
    func quotedAsSaying() throws {
        let text = "Local media quoted the interior ministry as saying eight people had been killed and 20 wounded."
        let e = extract(text)
        checkInvariants(e, text: text)
        let dead = try #require(e.claims.first { $0.measure == .killed && $0.value == 8 })
        #expect(dead.context == .main)
    }

    /// "in the first half of the year", «في النصف الأول من العام», "the first quarter of 2015": a tally from the first of
    /// January to the end of the part (they were incidents, or tallies with no period).
    @Test("a part of a year makes a tally over its months", arguments: [
        ("In the first half of the year, 1,692 civilians were killed across the country.", 2024, 6),
        ("وقُتل 1662 مدنياً في النصف الأول من العام الجاري.", 2024, 6),
        ("The mission recorded 763 civilian deaths in the first quarter of 2015.", 2015, 3),
    ])
    func partOfYear(_ c: (String, Int, Int)) throws {
        let e = extract(c.0, published: "2024-08-10")
        checkInvariants(e, text: c.0)
        let dead = try #require(e.claims.first { $0.measure == .killed })
        #expect(dead.kind == .tally)
        #expect(dead.period?.start == Day(year: c.1, month: 1, day: 1))
        #expect(dead.period?.end?.month == c.2)
    }

    @Test("the first half of a match is no part of a year")
    func halfOfAMatch() throws {
        let text = "The first half of the match ended goalless, and two men were killed in the stampede."
        let e = extract(text, published: "2024-08-10")
        #expect(e.claims.first { $0.measure == .killed }?.kind == .incident)
    }

    /// «جريح واحد» is one wounded, read once (the singular noun and «واحد» are one figure).
    @Test("«جريح واحد» is one figure")
    func oneWoundedOnce() {
        let text = "وجرح جريح واحد في الاشتباك."
        let e = extract(text)
        checkInvariants(e, text: text)
        #expect(ruleFigures(e.claims) == ["wounded 1 all total"])
    }
}
