import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the eighth reading (branch `extract8`, issue 20): SNHR monthly breakdowns relayed with Urdu-keyboard
/// letters, "documented deaths", daily averages, Arabic subjects before a singular verb after «أن», an "official
/// toll", named persons after «كل من», regional parts of a day's toll, and dash-set breakdowns.
/// Sentences are our own.
@Suite("Real pages 17: the eighth reading")
struct RecallRuleTests17 {
    static let recall: [RuleCase] = [
        // Relays typed on a Persian or Urdu keyboard: «بینھم» is «بينهم» (ی and ھ), so the children are its subset.
        RuleCase("urdu-keyboard-among-them", "أكدت الشبكة أنها وثقت مقتل (1320) مدنیاً على ید قوات النظام، بینھم (210) طفلاً وأكثر من (110) امرأة.",
                 ["killed 1320 civilians total", "killed 210 children subset<1320", "killed 110 women subset<1320"]),
        // An adjective of record between the number and the death noun.
        RuleCase("documented-deaths", "The network recorded 312 documented deaths between March 6 and 10, including five children and eight women.",
                 ["killed 312 all total", "killed 5 children subset<312", "killed 8 women subset<312"]),
        RuleCase("confirmed-fatalities", "Health officials said 27 confirmed fatalities had been registered in the two villages.", ["killed 27 all total"]),
        // «بأن الطفل … البالغ من العمر 14 عاماً فقد حياته»: the subject's age does not cut it from its verb.
        RuleCase("subject-age-lost-life", "وأفادت مصادر محلية بأن الطفل خالد العمر البالغ من العمر 14 عاماً فقد حياته، فيما أُصيب شقيقه سامر إثر انفجار لغم أرضي.",
                 ["killed 1 children total", "wounded 1 all total"], absent: ["killed 14", "wounded 14"]),
        RuleCase("subject-parted-life", "وقالت المصادر إن الطفل سامر العمر فارق الحياة متأثراً بجراحه.", ["killed 1 children total"]),
        RuleCase("subject-was-injured", "وذكر المصدر أن الشاب أصيب بجروح خطيرة في الانفجار.", ["wounded 1 civilians total"]),
        // «بأن طفلاً توفي»: an indefinite subject in the accusative after «أن», its singular verb right after it.
        RuleCase("indefinite-subject-after-that", "وأفاد الدفاع المدني بأن طفلاً توفي إثر انفجار مقذوف في بلدة بنش.", ["killed 1 children total"]),
        RuleCase("indefinite-man-after-that", "وذكرت مصادر أهلية أن رجلاً قُتل برصاص مجهولين قرب الحاجز.", ["killed 1 all total"]),
        // «N إصابة», «N وفيات», «N حالات وفاة»: a count noun of injuries or deaths after the number (ICRC, health directorates).
        RuleCase("count-of-injuries", "وقال رئيس البعثة إن 612 إصابة بسبب الذخائر المتفجرة سُجلت منذ مطلع العام.", ["wounded 612 all total"]),
        RuleCase("deaths-and-injuries", "وأكدت المديرية تسجيل 9 وفيات و31 إصابة جراء انفجار المستودع.", ["killed 9 all total", "wounded 31 all total"]),
        RuleCase("cases-of-death", "وسجلت المشافي 4 حالات وفاة و17 إصابة بعد القصف.", ["killed 4 all total", "wounded 17 all total"]),
        // «بينها» (of injuries), «بينهما» (of two): subset markers like «بينهم».
        RuleCase("among-them-feminine", "وبلغ عدد الإصابات 40 إصابة بينها 12 حالة خطرة.", ["wounded 40 all total", "wounded 12 all subset<40"]),
        RuleCase("among-them-dual", "وقتل شخصان بينهما طفل في القصف.", ["killed 2 all total", "killed 1 children subset<2"]),
        // A day's toll split by place: every bare number with "in <Place>" after "and", a comma or a colon is an item.
        RuleCase("places-after-including", "The monitor said at least 110 civilians were killed on Monday alone, including 60 in Latakia and 50 in Tartus.",
                 ["killed 110 civilians total", "killed 60 all subset<110", "killed 50 all subset<110"]),
        RuleCase("places-after-colon", "At least 60 people were killed: 35 in Latakia, 25 in Tartus.",
                 ["killed 60 all total", "killed 35 all part<60", "killed 25 all part<60"]),
        // A breakdown set off by dashes (long dashes are normalised to «–», glued to the words or not) or by a bracket.
        RuleCase("em-dash-breakdown", "Gunmen killed 12 people—three women and two children—in the village.",
                 ["killed 12 all total", "killed 3 women part<12", "killed 2 children part<12"]),
        RuleCase("hyphen-breakdown", "Gunmen killed 12 people - three women and two children - in the village.",
                 ["killed 12 all total", "killed 3 women part<12", "killed 2 children part<12"]),
        RuleCase("bracket-breakdown", "Gunmen killed 12 people (three women and two children) in the village.",
                 ["killed 12 all total", "killed 3 women part<12", "killed 2 children part<12"]),
        // "45 civilian deaths": the death noun after the category is the figure's own; the aside's closing dash and
        // "while" end the breakdown, so the village's 22 stays a toll of its own.
        RuleCase("dash-aside-then-while", "The town of Jableh recorded 45 civilian deaths—eight women and four children—while the village suffered 22 fatalities.",
                 ["killed 45 civilians total", "killed 8 women part<45", "killed 4 children part<45", "killed 22 all total"]),
        // «فقدان … حياتهم»: the loss of their lives is death (it was read as missing).
        RuleCase("loss-of-lives", "وجاء في الحصيلة، فقدان 480 من أبناء المحافظة حياتهم، بينهم 95 مدنياً، منهم 5 أطفال و14 سيدات.",
                 ["killed 480 all total", "killed 95 civilians subset<480", "killed 5 children subset<95", "killed 14 women subset<95"], absent: ["missing"]),
        // "the child Yasser, 12, was seriously wounded": an age between commas does not cut the person from the verb.
        RuleCase("named-child-comma-age", "Two children lost their lives and the child Yasser, 12, was seriously wounded when a mine exploded in the village.",
                 ["killed 2 children total", "wounded 1 children total"], absent: ["wounded 12", "killed 12"]),
        // «أصيب كل من …»: the persons named after «كل من» are counted by their names.
        RuleCase("each-of-named-wounded", "وفي حادث آخر، أصيب كل من أحمد العلي الحسن ومحمود الخالد الحسن جراء انفجار لغم أرضي قرب سد تشرين.",
                 ["wounded 2 all total"]),
        RuleCase("each-of-named-killed", "وقتل كل من سامر العمر وخالد الأحمد وعلي الحسين برصاص مجهولين.", ["killed 3 all total"]),
        RuleCase("each-of-named-then-clause", "وأضاف أن الاشتباكات أسفرت عن إصابة كلا من زوبع الأحمد ونايل الجمعة، وحرق أكثر من ثمانية بيوت.",
                 ["wounded 2 all total"]),
        // «مقتل المسن …، والطفلة ابنة …»: a second definite person joined by «،و» to a single one counted is one more.
        RuleCase("second-definite-person", "وأضاف أن الاشتباكات أسفرت عن مقتل المسن زوون الخضير، والطفلة ابنة محمد الحماد، وأصيب ثلاثة آخرون.",
                 ["killed 1 civilians total", "killed 1 children total", "wounded 3 all total"]),
        RuleCase("daughter-of-as-victim", "قتلت ابنة المختار بقذيفة سقطت على منزلها.", ["killed 1 civilians total"]),
        // «في حصيلة أولية» is the first count of one event: an incident's toll, not a running tally.
        RuleCase("preliminary-toll-incident", "ما أدى إلى وقوع ستة إصابات بينهم ثلاثة أطفال في حصيلة أولية، بعضها في حالة حرجة.",
                 ["wounded 6 all total", "wounded 3 children subset<6"]),
        // "…, among them a journalist" after the verb: a subset of the toll, as after "including".
        RuleCase("among-them-after-verb", "Nine people were killed in the town, among them a journalist.",
                 ["killed 9 all total", "killed 1 civilians subset<9"]),
        RuleCase("among-them-two", "Nine people were killed in the town, among them two children.",
                 ["killed 9 all total", "killed 2 children subset<9"]),
        // "her mother and 12-year-old sister": the aged noun joined to a single person is one more.
        RuleCase("aged-noun-joined", "A one-year-old baby died and her mother and 12-year-old sister were wounded by shelling on the village.",
                 ["killed 1 children total", "wounded 1 women total", "wounded 1 women total"], absent: ["wounded 12", "killed 12"]),
        RuleCase("aged-cousin-joined", "The blast caused the death of a 6-year-old child and the injury of his 9-year-old sister and 7-year-old cousin.",
                 ["killed 1 children total", "wounded 1 children total", "wounded 1 all total"]),
        // "Among those killed, 720 were civilians, 200 …, and 230 were Assad loyalists": siblings, not subsets of the first;
        // "loyalists" are people.
        RuleCase("among-those-killed-siblings", "Among those killed, 720 were civilians, 200 were security personnel, and 230 were Assad loyalists.",
                 ["killed 720 civilians total", "killed 200 all total", "killed 230 all total"], absent: ["killed 200 all subset", "killed 230 all subset"]),
        RuleCase("among-the-dead-later", "At least nine people were killed in the market. Medics said two children were among the dead.",
                 ["killed 9 all total", "killed 2 children subset<9"]),
        // «وآخر» joined to one person counted right after the verb is one more of the same measure.
        RuleCase("and-another-of-a-force", "قتل عنصر من قسد وآخر من الأسايش بهجوم لخلايا التنظيم.",
                 ["killed 1 sdf total", "killed 1 sdf total"]),
        RuleCase("and-another-adjective", "وأوضح المرصد أن الشهر الماضي شهد أيضاً مقتل جندي تركي وآخر روسي.",
                 // (A Turkish soldier is a military's since the twelfth reading, not the Syrian government's.)
                 ["killed 1 military total", "killed 1 all total"]),
        RuleCase("and-another-then-third", "قتل شاب وآخر وأصيب ثالث بانفجار لغم.",
                 ["killed 1 civilians total", "killed 1 all total", "wounded 1 all total"]),
        // "their three brothers and their mother": a possessive after "and" starts a new item (the mother was the 3's category).
        RuleCase("brothers-and-their-mother", "On Saturday, two children were killed and their three brothers and their mother were injured when a shell landed on their home.",
                 ["killed 2 children total", "wounded 3 all total", "wounded 1 women total"], absent: ["wounded 3 women"]),
        // Hard-wrapped English: a line that opens in lower case goes on the sentence before it (the wounded were read as
        // killed, and the children lost).
        RuleCase("wrapped-lowercase-line", "DAMASCUS, July 16 -- At least 45 people were killed and 60 others\nwere wounded on Wednesday when clashes spread to the villages west\nof the city, a monitor said. Among the dead were 12 civilians,\nincluding three children.",
                 ["killed 45 all total", "wounded 60 all total", "killed 3 children subset<12"], absent: ["killed 60"]),
    ]

    @Test("a construction of the eighth reading is read", arguments: recall)
    func reads(_ c: RuleCase) { expectRule(c) }

    static let precision: [RuleCase] = [
        // "an official toll" is no official killed.
        RuleCase("official-toll", "At least 190 security personnel were killed in the fighting, according to an official toll.",
                 ["killed 190 all total"], absent: ["killed 1"]),
        RuleCase("official-figures", "Nine people died in the blast, according to official figures released by the ministry.",
                 ["killed 9 all total"], absent: ["killed 1"]),
        // A daily average is a rate, not a count of the dead.
        RuleCase("daily-average-ar", "وتسببت قوات النظام في قتل 780 مدنياً، بينهم 230 طفلاً (بمعدل 7 أطفال يومياً)، و180 امرأة.",
                 ["killed 780 civilians total", "killed 230 children subset<780", "killed 180 women subset<780"], absent: ["killed 7"]),
        RuleCase("daily-average-en", "Government forces killed 420 civilians, among them 96 children (an average of three children a day).",
                 ["killed 420 civilians total", "killed 96 children subset<420"], absent: ["killed 3"]),
        // A hyphen between numbers is still a range, and a hyphenated word no breakdown.
        RuleCase("hyphen-range", "Between 10-15 people were killed in the shelling.", ["killed 10 all total", "killed 15 all total"]),
        // «فقدان» without a life word is still a disappearance.
        RuleCase("loss-is-missing", "أعلنت العائلة فقدان 3 من أبنائها في البادية منذ يومين.", ["missing 3 all total"], absent: ["killed"]),
        // «كل من كان في المنزل» (everyone who was in the house) names no one.
        RuleCase("each-who-was", "وأصيب كل من كان في المنزل بحالات اختناق.", [], absent: ["wounded"]),
        // «ابنة محمد» after a counted person is that person (it folds like «ابنه», his son, and was one more dead).
        RuleCase("daughter-of-apposition", "أسفرت الاشتباكات عن مقتل الطفلة ابنة محمد الحماد.", ["killed 1 children total"], absent: ["killed 1 all"]),
        // A death noun after its own number is no verb for a figure before it.
        RuleCase("pulled-alive-and-bodies", "The civil defence said that 18 people were pulled alive from the rubble and three bodies were recovered.",
                 ["killed 3 all total"], absent: ["killed 18"]),
        RuleCase("rescued-and-dead-ar", "وأنقذت الفرق 12 شخصاً من تحت الأنقاض، و3 قتلى انتشلت جثثهم.", [], absent: ["killed 12"]),
        // «غالبيتهم من الأطفال» (most of them children) does not make the whole figure children.
        RuleCase("mostly-children", "وأكد المدير مقتل 13 مدنياً وإصابة 30 آخرين بجروح غالبيتهم من الأطفال.",
                 ["killed 13 civilians total", "wounded 30 all total"], absent: ["wounded 30 children"]),
        // "one of the victims" after a death toll and a vague wounded count is one of the dead, not a wounded person.
        RuleCase("one-of-the-victims", "Two people were killed and several others wounded when a gunman opened fire inside a cafe, one of the victims being the village mukhtar.",
                 ["killed 2 all total", "killed 1 all subset<2"], absent: ["wounded 1"]),
        RuleCase("a-day-after", "Gunmen killed two civilians a day after the truce was announced.", ["killed 2 civilians total"]),
    ]

    @Test("a decoy of the eighth reading is not read as deaths", arguments: precision)
    func ignores(_ c: RuleCase) { expectRule(c) }

    /// "since December 8", «منذ 8 كانون الأول»: the day is the period's start (it was the month's first);
    /// "in the past month", "over three months": counts over a span, tallies (they were incidents).
    @Test("a span named by a day or by months makes a tally from that day")
    func spans() {
        let cases: [(String, String?)] = [
            ("Landmines have killed 60 children since December 8, the charity said.", "2024-12-08"),
            ("وقتلت الألغام 60 طفلاً منذ 8 كانون الأول، بحسب المنظمة.", "2024-12-08"),
            ("Landmines have killed 60 children in the past month, the charity said.", nil),
            ("Landmines have killed or wounded 170 children over three months, the charity said.", nil),
        ]
        for (text, start) in cases {
            let cs = extract(text, published: "2025-03-20").claims
            #expect(cs.count == 1, "\(text)")
            guard let c = cs.first else { continue }
            #expect(c.kind == .tally, "\(text)")
            if let start { #expect(c.period?.start?.description == start, "\(text)") }
        }
        // Ranking one event against a span is no count over it.
        let c = extract("The attack was the deadliest in the past year, killing 12 people in the market.", published: "2025-03-20").claims
        #expect(c.map(\.kind) == [.incident])
    }

    /// "rose from six to eight", «ارتفعت من ستة إلى ثمانية»: the six is the toll the eight replaces (both were
    /// current totals).
    @Test("the figure after 'from' in a rising toll is superseded by the new one")
    func risingFromTo() {
        for text in ["The ministry said the death toll rose from six to eight after more bodies were found.",
                     "وذكرت الوزارة أن حصيلة القتلى ارتفعت من ستة إلى ثمانية بعد العثور على جثامين جنود إضافيين."] {
            let cs = extract(text).claims.filter { $0.measure == .killed }
            let old = cs.first { $0.value == 6 }, new = cs.first { $0.value == 8 }
            #expect(old != nil && new != nil, "\(text)")
            #expect(old?.supersededBy == new?.id, "\(text)")
            #expect(new?.supersededBy == nil, "\(text)")
        }
    }

    @Test("a preliminary toll is an incident's, not a tally")
    func preliminaryToll() {
        for text in ["ما أدى إلى وقوع ستة إصابات بينهم ثلاثة أطفال في حصيلة أولية، بعضها في حالة حرجة.",
                     "A preliminary toll put the dead at 7 after the blast in Azaz."] {
            let claims = extract(text).claims
            #expect(!claims.isEmpty)
            #expect(claims.allSatisfy { $0.kind == .incident }, "\(text)")
        }
    }

    /// A definite noun after «أن» that names the single victim already counted is that person again: the subject rule
    /// of this reading made every quoted source's «إن الشاب فارق الحياة» a second death (one killing, two incidents).
    @Test("a definite subject after «أن» restating a single victim counted before is one death", arguments: [
        ("قُتل شاب برصاص مسلحين مجهولين في مدينة الطبقة صباح الخميس.\n\nوقال مصدر طبي إن الشاب فارق الحياة قبل وصوله إلى المشفى.",
         ["killed 1 civilians total"]),
        ("اغتال مسلحون مختار قرية الحصان غربي دير الزور مساء الإثنين.\n\nوأفاد أحد أقاربه بأن المختار قُتل أمام منزله.",
         ["killed 1 civilians total"]),
        // The one counted killed was hit first: his wound is not a second victim.
        ("فقد شاب يعمل في فرن البلدة حياته برصاص مجهولين.\n\nوذكر المصدر أن الشاب أصيب بطلقتين في الرأس وفارق الحياة على الفور.",
         ["killed 1 civilians total"]),
        // Another person: a child after a young man is counted.
        ("قُتل شاب برصاص مجهولين في بلدة الشحيل.\n\nوقال المصدر إن الطفل أصيب بشظايا في الحادثة نفسها.",
         ["killed 1 civilians total", "wounded 1 children total"]),
    ])
    func definiteRestatement(text: String, expected: [String]) {
        let e = extract(text)
        checkInvariants(e, text: text)
        #expect(ruleFigures(e.claims).sorted() == expected.sorted(), "\(text)")
    }

    /// A line opening in lower case goes on the sentence before it, but lines of a list that open with a place and its
    /// attached article ("al-Mayadin 4 killed") stay lines: each keeps its own place (they were joined into one sentence
    /// and all read as in the first place).
    @Test("lines of a list opening with a place's article are not joined")
    func lowerCasePlaceLines() {
        let text = "Weekly toll for the eastern countryside\n\nKilled by area\nal-Mayadin 4 killed\nal-Bukamal 3 killed\nal-Shuhayl 2 killed\n"
        let e = extract(text)
        checkInvariants(e, text: text)
        let places = e.claims.filter { $0.measure == .killed }.map { "\($0.value) \($0.place?.name ?? "-")" }
        #expect(places == ["4 al-mayadin", "3 albu kamal", "2 al-shuhayl"])
    }
}
