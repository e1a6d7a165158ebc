import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules found by the twelfth reading: about 130 wire, monitor and newspaper pages in both languages (Iraq, Syria, Yemen,
/// Gaza and the West Bank, Libya, Somalia, Nigeria, Afghanistan). Sentences are our own; only the constructions are theirs.
@Suite("Real pages 21: the twelfth reading")
struct RecallRuleTests21 {
    static let recall: [RuleCase] = [
        // A force or a people named by a collective or plural noun the lexicon lacked (the figures were lost).
        RuleCase("police-collective", "Nine police died when a roadside bomb struck their patrol.", ["killed 9 government total"]),
        RuleCase("marines", "Two Marines were wounded in the firefight near the dam.", ["wounded 2 military total"]),
        RuleCase("peoples-and-faiths", "Gunmen shot dead five Shiites and two Sunnis at the checkpoint.", ["killed 5 all total", "killed 2 all total"]),
        RuleCase("kurds-and-yazidis", "The mortar rounds killed six Kurds and three Yazidis in the village.", ["killed 6 all total", "killed 3 all total"]),
        // "the toll has gone up to 41": the verb's particle is no ceiling, and the toll is not lost to the wounded after it.
        RuleCase("gone-up-to", "By nightfall the death toll had gone up to 27 and more than 60 people were hurt.",
                 ["killed 27 all total", "wounded 60 all total"]),
        // A wound participle right after the noun, then a death verb: the same person died (read as wounded).
        RuleCase("injured-then-died", "A girl injured in the air strike died in hospital on Friday.", ["killed 1 children total"], absent: ["wounded 1"]),
        RuleCase("wounded-then-succumbed", "An old man wounded in the shelling of the bakery last week succumbed to his wounds today.",
                 ["killed 1 all total"], absent: ["wounded 1"]),
        RuleCase("injured-comma-others-died", "Eight people were injured, two others died at the scene.", ["wounded 8 all total", "killed 2 all total"]),
        // «لقي … مصرعه» with a name or a trade between: one dead (the figure was lost).
        RuleCase("named-met-death-ar", "لقي فراس الحمدان مصرعه بقذيفة سقطت على منزله في البلدة.", ["killed 1 all total"]),
        RuleCase("named-met-death-woman-ar", "ولقيت ريم السالم حتفها إثر سقوط القذيفة.", ["killed 1 women total"]),
        RuleCase("photographer-met-death-ar", "لقي المصور الصحفي مصرعه برصاص قناص أثناء تغطية المعارك.", ["killed 1 civilians total"]),
        // Thousands and a remainder before a noun of the wounded are one number, unless a word of killing opens them.
        RuleCase("thousands-wounded-ar", "وبلغ عدد الجرحى منذ بداية الاحتجاجات 4 آلاف و215 جريحاً.", ["wounded 4215 all total"],
                 absent: ["wounded 215", "killed 4000"]),
        RuleCase("thousands-injured-noun-ar", "وأحصت الوزارة 9 آلاف و40 مصاباً.", ["wounded 9040 all total"]),
        RuleCase("killing-thousand-and-wounded-ar", "أدى القصف إلى مقتل ألف و300 جريح في المدينة.", ["killed 1000 all total", "wounded 300 all total"]),
        // Speakers are not victims.
        RuleCase("officials-said", "The toll from the market blast rose to 22, two hospital officials said.", ["killed 22 all total"], absent: ["killed 2"]),
        RuleCase("witnesses-told", "Four people were killed, three witnesses told reporters.", ["killed 4 all total"], absent: ["killed 3"]),
        RuleCase("officials-said-ar", "قال أربعة مسؤولين محليين إن 17 شخصاً قتلوا في الهجوم.", ["killed 17 all total"], absent: ["killed 4"]),
        // Ages in days and weeks are no figures.
        RuleCase("days-old", "Among the dead were three children, including a 9-day-old baby.", ["killed 3 children total", "killed 1 children subset<3"],
                 absent: ["killed 9"]),
        RuleCase("weeks-old", "A three-week-old girl and her mother were killed when the roof fell in.", ["killed 1 children total", "killed 1 women total"],
                 absent: ["killed 3"]),
        // Soldiers of a named state other than Syria are a military, American troops the coalition's.
        RuleCase("us-soldiers", "A roadside bomb killed 4 US soldiers in the province.", ["killed 4 coalition total"], absent: ["killed 4 regime"]),
        RuleCase("israeli-soldiers-ar", "قتل خمسة جنود إسرائيليين في الكمين.", ["killed 5 military total"], absent: ["killed 5 regime"]),
        // A unit's number with a preposition joined to it, and surgery, are no figures.
        RuleCase("unit-with-preposition-ar", "قُتل جندي بهجوم على حاجز تابع للواء 47 قرب البلدة.", ["killed 1 regime total"], absent: ["killed 47"]),
        RuleCase("surgery-not-operations-ar", "وأصيب 25 آخرون، بينهم 9 خضعوا لعمليات جراحية.", ["wounded 25 all total"], absent: ["operations"]),
        // The noun of the missing is a figure's own (the figures were lost or combined).
        RuleCase("missing-noun-ar", "ولا يزال مصير 35 مفقوداً مجهولاً بعد الفيضان.", ["missing 35 all total"]),
        RuleCase("thousands-missing-ar", "وأحصت اللجنة ما يزيد على 6 آلاف مفقود منذ بداية الحرب.", ["missing 6000 all total"], absent: ["killed_or_wounded"]),
        // «طالبان» is the Taliban, not two students.
        RuleCase("taliban-ar", "قُتل سبعة من مقاتلي حركة طالبان في غارة جوية.", ["killed 7 other total"], absent: ["killed 7 civilians"]),
        // Women and children together are civilians; a hyphenated adjective does not hide the noun after it.
        RuleCase("women-and-children", "The shelling killed 13 women and children in the camp.", ["killed 13 civilians total"], absent: ["killed 13 women"]),
        RuleCase("hyphenated-adjective", "Rescuers pulled 17 badly-burned bodies from the wreckage.", ["killed 17 all total"]),
        // "nine people, all of them civilians", «جميعهم من المدنيين»: the apposition names the whole figure's group.
        RuleCase("all-of-them", "The blast wounded eleven people, all of them civilians.", ["wounded 11 civilians total"], absent: ["wounded 11 all"]),
        RuleCase("all-of-them-ar", "قتل 8 أشخاص جميعهم من المدنيين في الغارة.", ["killed 8 civilians total"], absent: ["killed 8 all"]),
        // Africa and South Asia: verbs and nouns for armed men, and arrests counted apart from the dead.
        RuleCase("gunned-down", "Police gunned down four robbers at the checkpoint.", ["killed 4 all total"]),
        RuleCase("militants-ar", "وأعلن الجيش مقتل 7 متشددين في الاشتباك.", ["killed 7 all total"]),
        RuleCase("arrest-of-others", "The raid ended with the killing of two gunmen and the arrest of 9 others.",
                 ["killed 2 all total", "arrested 9 all total"], absent: ["killed 9"]),
        // (Not "neutralised", «تحييد»: killed, wounded or captured, the codebook's weaker claim.)
        RuleCase("neutralised-no-claim", "Troops neutralised 6 insurgents near the border.", [], absent: ["killed 6"]),
        // Forces named by their country, the police in Arabic, al-Shabaab.
        RuleCase("egyptian-soldiers", "Four Egyptian soldiers were killed at a checkpoint.", ["killed 4 military total"], absent: ["killed 4 regime"]),
        RuleCase("libyan-army-ar", "قتل 6 من عناصر الجيش الوطني الليبي في الاشتباكات.", ["killed 6 military total"], absent: ["killed 6 opposition"]),
        RuleCase("shabaab-ar", "قتل خمسة من مقاتلي الشباب في غارة جوية.", ["killed 5 other total"], absent: ["killed 5 civilians"]),
        RuleCase("police-ar", "قتل 3 من عناصر الشرطة في الهجوم على المخفر.", ["killed 3 government total"]),
        RuleCase("toll-is", "The death toll is 61, the ministry said.", ["killed 61 all total"], absent: ["killed 61 is"]),
        // Numbers: the Arabic comma between thousands, the decimal comma before a scale word, the dual of a thousand.
        RuleCase("arabic-comma-thousands", "قتل 2،315 شخصاً منذ بداية العام.", ["killed 2315 all total"], absent: ["killed 2", "killed 315"]),
        RuleCase("decimal-comma-million-ar", "أدى القتال إلى نزوح 3,4 مليون شخص.", ["displaced 3400000 all total"], absent: ["displaced 3", "displaced 4000000"]),
        RuleCase("dual-thousand-ar", "أسفر القتال عن مقتل ألفي شخص.", ["killed 2000 all total"]),
        RuleCase("massacres-counted-ar", "لتصبح حصيلة المجازر 9 مجازر منذ بداية العام.", [], absent: ["killed 9", "operations 9"]),
        // «لقي … مصرعهم» with the subject, its qualifier and its subset between (the figure was lost past nine words).
        RuleCase("met-death-long-gap-ar", "لقي ما لا يقل عن 6 أشخاص بينهم نساء وأطفال مصرعهم في الانفجار.", ["killed 6 all total"]),
        // Others released or freed are no casualties (they took the death verb's measure).
        RuleCase("released-others", "The gunmen killed three passengers and released 14 others.", ["killed 3 all total"], absent: ["killed 14"]),
        // A subject before the first verb and a number after the second: two outcomes, not one combined figure each.
        RuleCase("subject-verb-verb-number-ar", "وقال مصدر إن شاباً استشهد وأصيب أربعة آخرون في الغارة.",
                 ["killed 1 civilians total", "wounded 4 all total"], absent: ["killed_or_wounded"]),
        // A singular head noun in the accusative is one of its measure, and not the pair «قتلى وجرحى» with the noun after it.
        RuleCase("singular-accusative-head-ar", "خلّف الانفجار قتيلاً ومصابين اثنين.", ["killed 1 all total", "wounded 2 all total"],
                 absent: ["killed_or_wounded"]),
        RuleCase("fell-dead-no-second-ar", "سقط الشاب قتيلاً برصاص قناص.", [], absent: ["killed 1 all"]),
        // Things destroyed, a month's abbreviation, and «فَقَد» before a verb are no figures of people.
        RuleCase("ambulances-destroyed", "The strikes left 35 paramedics dead and 11 ambulances destroyed.", ["killed 35 all total"], absent: ["killed 11"]),
        RuleCase("month-abbreviation", "Officials said the Nov. 24 bombing killed 63 people.", ["killed 63 all total"], absent: ["operations 24", "killed 24"]),
        RuleCase("fa-qad-particle-ar", "أما عدد الجرحى في صفوف المدنيين فقد بلغ 812، بينهم 40 امرأة.",
                 ["wounded 812 civilians total", "wounded 40 women subset<812"], absent: ["missing"]),
        // Who killed is not whose dead: a force right after an active verb of killing is its subject.
        RuleCase("agent-after-verb-ar", "قتلت قوات النظام 240 شخصاً خلال شهر أيار.", ["killed 240 all total"], absent: ["killed 240 regime"]),
        RuleCase("victims-of-force-ar", "قتل 240 من قوات النظام خلال شهر أيار.", ["killed 240 regime total"]),
        // "killed one hostage": the captive killed is dead, not captured.
        RuleCase("killed-hostage", "The kidnappers killed one hostage and freed eight others.", ["killed 1 all total"], absent: ["captured", "killed 8"]),
        // A toll brought to a number with a period between, then the wounded's own "to" after a comma (the dead were lost).
        RuleCase("toll-brought-to-then-injured", "The ministry said the strikes brought the death toll since morning to 23, and the number of injured to 57.",
                 ["killed 23 all total", "wounded 57 all total"]),
        // A death remembered on its anniversary is no death.
        RuleCase("anniversary-ar", "قُتل شخص بتفجير استهدف موكباً في ذكرى وفاة الإمام.", ["killed 1 all total"], absent: ["killed 1 civilians"]),
    ]

    @Test("a construction of the twelfth reading is read", arguments: recall)
    func readsRecall(_ c: RuleCase) { expectRule(c) }

    /// One claim's qualifier, kind and day or period, as `qualifier kind @day` or `qualifier kind @start..end`.
    static func reading(_ text: String, published: String = "2024-03-19") -> [String] {
        extract(text, published: published).claims.filter { $0.measure == .killed || $0.measure == .wounded }.map { c in
            var s = "\(c.measure.rawValue) \(c.value) \(c.qualifier.rawValue) \(c.kind.rawValue)"
            if let d = c.eventDate?.day { s += " @\(d)" }
            if let p = c.period { s += " @\(p.start.map(\.description) ?? "")..\(p.end.map(\.description) ?? "")" }
            if c.context != .main { s += " \(c.context.rawValue)" }
            return s
        }
    }

    /// Qualifiers written in ways the lexicon lacked: «ما لايقل» run together, "at least" after the noun, a verb of
    /// exceeding before the figure (the figures read exact).
    @Test("qualifiers of the twelfth reading", arguments: [
        ("قتل ما لايقل عن 14 شخصاً في القصف.", "killed 14 at_least incident"),
        ("قتل مالا يقل عن 31 عنصراً في الكمين.", "killed 31 at_least incident"),
        ("Twenty people at least were killed in the raid.", "killed 20 at_least incident"),
        ("The death toll exceeded 70 by the evening.", "killed 70 more_than incident"),
        ("The death toll topped 45, medics said.", "killed 45 more_than incident"),
        ("وتجاوز عدد القتلى في المواجهات 1,250 قتيلاً.", "killed 1250 more_than incident"),
        ("By nightfall the death toll had gone up to 27.", "killed 27 exact incident"),
    ])
    func qualifiers(_ c: (String, String)) {
        #expect(Self.reading(c.0).first?.hasPrefix(c.1) == true, "\(c.0): \(Self.reading(c.0))")
    }

    /// A superlative that ranks the one event against a period keeps it an incident on its day: "the bloodiest day so far
    /// this month", «أعنف هجوم منذ بداية العام», «أكبر هجوم من حيث عدد القتلى منذ بدء الحرب» (they became tallies over the
    /// period, or back-references); the same period after a count of many still makes a tally.
    @Test("a superlative ranks one event", arguments: [
        ("At least 30 people were killed on Monday in the bloodiest day so far this month.", "killed 30 at_least incident @2024-03-18"),
        ("Eleven people were killed on Saturday in the deadliest attack since 2019.", "killed 11 exact incident @2024-03-16"),
        ("قتل 12 شخصاً أمس في أعنف هجوم منذ بداية العام.", "killed 12 exact incident @2024-03-18"),
        ("قتل 40 شخصاً أمس في أكثر هجوم دموية في المدينة هذا العام.", "killed 40 exact incident @2024-03-18"),
        ("قُتل تسعة جنود أمس في أكبر هجوم من حيث عدد القتلى منذ بدء الحرب.", "killed 9 exact incident @2024-03-18"),
        ("More than 200 people have been killed since the start of the year.", "killed 200 more_than tally @2024-01-01..2024-03-19"),
        ("قتل أكثر من 200 شخص منذ بداية العام في المحافظة.", "killed 200 more_than tally @2024-01-01..2024-03-19"),
        ("The clashes have killed 40 people so far this month.", "killed 40 exact tally @2024-03-01..2024-03-19"),
    ])
    func superlativeRanks(_ c: (String, String)) {
        #expect(Self.reading(c.0) == [c.1], "\(c.0)")
    }

    /// A dateline's date is the filing's; the day the story names wins. A weekday before a capitalised name is a first name.
    @Test("datelines and names that look like days", arguments: [
        ("BAIDOA, March 19 (Reuters) - A car bomb killed six soldiers late on Sunday, officials said.", "killed 6 exact incident @2024-03-17"),
        ("كابول 19 آذار 2024/ لقي 7 من مسلحي طالبان مصرعهم يوم الأحد.", "killed 7 exact incident @2024-03-17"),
        ("DAMASCUS, March 18 (Xinhua) - A car bomb killed six people in the city.", "killed 6 exact incident @2024-03-18"),
        ("Herdsmen killed four farmers on Friday, a villager, Sunday Ishaku, said.", "killed 4 exact incident @2024-03-15"),
    ])
    func datelines(_ c: (String, String)) {
        #expect(Self.reading(c.0) == [c.1], "\(c.0): \(Self.reading(c.0))")
    }

    /// «وأوضح أن من بين القتلى …», "It added that among the dead were …": a breakdown after a verb of saying is of the
    /// toll before, as without it (its items were totals of their own).
    @Test("a breakdown after a verb of saying")
    func breakdownAfterSaying() {
        let e = extract("وثق المرصد مقتل 700 شخص خلال شهر شباط. وأوضح أن من بين القتلى 400 مدني و200 من قوات النظام و100 من مقاتلي المعارضة.")
        let total = e.claims.first { $0.value == 700 }
        #expect(total != nil)
        for v in [400, 200, 100] {
            let part = e.claims.first { $0.value == v }
            #expect(part?.role == .part && part?.parent == total?.id, "\(v): \(String(describing: part))")
        }
    }

    /// "900 people were killed in March, compared to 650 in February": the figure compared against is an earlier count.
    @Test("the figure a comparison measures against")
    func comparisonBaseline() {
        #expect(Self.reading("In March, 900 people were killed, compared to 650 in February.", published: "2024-04-05")
                == ["killed 900 exact tally @2024-03-01..2024-03-31", "killed 650 exact tally @2024-03-01..2024-03-31 back_reference"])
    }

    /// "the deadliest attack since a truck bomb killed 60": the figure after "since" is still the earlier event's.
    @Test("a figure after 'deadliest … since' is the earlier event's")
    func deadliestSinceEarlierFigure() {
        let r = Self.reading("The bombing was the deadliest in the town since a truck bomb killed 60 there in 2021.")
        #expect(r.count == 1 && r[0].hasSuffix("back_reference"), "\(r)")
    }

    /// «منذ اندلاع انتفاضة …», «منذ بداية الحرب في السودان»: another war than Syria's leaves the start open (it was dated
    /// to Syria's uprising); Syria's keeps March 2011. A war-long count stays background either way.
    @Test("the start of which war", arguments: [
        ("وقتل 44 شخصاً منذ اندلاع انتفاضة المدينة.", "killed 44 exact tally @..2024-03-19 background"),
        ("قتل 300 شخص منذ اندلاع الحرب في السودان.", "killed 300 exact tally @..2024-03-19 background"),
        ("وقتل 80 ألف شخص منذ اندلاع الثورة.", "killed 80000 exact tally @2011-03-15..2024-03-19 background"),
    ])
    func whichWar(_ c: (String, String)) {
        #expect(Self.reading(c.0) == [c.1], "\(c.0): \(Self.reading(c.0))")
    }

    /// "In June and July alone": a count over both months (it was June's).
    @Test("a period of two months")
    func twoMonths() {
        #expect(Self.reading("In June and July alone, more than 600 civilians were killed.", published: "2023-08-17")
                == ["killed 600 more_than tally @2023-06-01..2023-07-31"])
    }

    /// «منذ الأول من أكتوبر», «منذ السابع من تشرين الأول», "since the truce took effect on 1 March": a start written as an
    /// ordinal day, or as the day of the event the count starts from, makes a period, so a tally.
    @Test("a period from an ordinal day", arguments: [
        ("ومنذ الأول من تشرين الأول، قتل 61 شخصاً في المواجهات.", "killed 61 exact tally @2023-10-01..2024-03-19"),
        ("قتل 85 مدنياً منذ السابع من شباط في المنطقة.", "killed 85 exact tally @2024-02-07..2024-03-19"),
        // "since October 7, 2023": the year after a comma (it was dropped).
        ("The death toll has risen to 3,410 since October 7, 2023.", "killed 3410 exact tally @2023-10-07..2024-03-19"),
        // «في شباط»: «في» and a month open the month's period, as "in February" does (not «في 5 شباط», a day).
        ("قتل 950 شخصاً في سوريا في شباط.", "killed 950 exact tally @2024-02-01..2024-02-29"),
        ("قتل 3 أشخاص في 5 شباط.", "killed 3 exact incident @2024-02-05"),
        // "since the truce took effect on 1 March": the event the count starts from, then its day (an incident on that day).
        ("Since the ceasefire took effect on 2 February, at least 95 people have been killed.", "killed 95 at_least tally @2024-02-02..2024-03-19"),
        ("ومنذ سريان الهدنة في 9 شباط قتل 33 شخصاً.", "killed 33 exact tally @2024-02-09..2024-03-19"),
    ])
    func ordinalDayPeriod(_ c: (String, String)) {
        #expect(Self.reading(c.0) == [c.1], "\(c.0)")
    }
}
