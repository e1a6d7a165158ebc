import LedgerCore
import Testing
@testable import LedgerExtraction

/// Rules read off real pages in a fifth reading (issue 16): North Press's weekly roundups, SANA's and Baladi's
/// recalled attacks, AFP's and Anadolu's leads that add up several places, SNHR's monthly reports. Sentences are our own.
private func ownTolls(_ e: Extraction, _ m: Measure = .killed) -> [Claim] {
    e.claims.filter { $0.kind == .incident && $0.role == .total && $0.context == .main && $0.measure == m && $0.supersededBy == nil }
}

@Suite("Real pages 13: what is the report's own toll")
struct OwnTollRuleTests13 {
    /// "Five killed in Quneitra in a week" over the killings told day by day: the headline and the lead are the week's
    /// tally; each day's killing is an incident.
    @Test func aWeeksRoundupIsATally() {
        let e = extract("""
            Five killed in Syria's Quneitra in a week
            Attacks by unknown gunmen in Quneitra claimed the lives of five people last week, including a woman.
            On March 7, two soldiers of the government forces were killed when their car was targeted near the town of Hadar.
            On March 6, Sami Abu Zaid died of his wounds, days after he was shot in the town of Mashara.
            """, published: "2024-03-11")
        #expect(!e.claims.contains { $0.value == 5 && $0.kind == .incident })
        #expect(e.claims.filter { $0.value == 5 }.allSatisfy { $0.kind == .tally && $0.period != nil })
        #expect(ownTolls(e).map(\.value).sorted() == [1, 2])
    }

    /// «وكان استشهد …» (no قد) and «بعد يوم من مجزرة راح ضحيتها …»: earlier events recalled.
    @Test func kanaAndAfterADayOfRecallEarlierEvents() {
        let e = extract("""
            استشهد شاب جراء غارة على بلدة كفرنوران اليوم، بعد يوم من مجزرة راح ضحيتها أكثر من 12 مدنياً بغارات مماثلة على الريف ذاته.
            وكان استشهد 14 مدنياً وأصيب العشرات، أمس، بقصف جوي على بلدات الأتارب وأورم الكبرى.
            """, published: "2024-03-19")
        #expect(ownTolls(e).map(\.value) == [1])
        #expect(e.claims.filter { $0.value == 12 || $0.value == 14 }.allSatisfy { $0.context == .backReference })
    }

    /// «الخميس الماضي» after the report's own toll: last week's ambush recalled.
    @Test func lastThursdayIsRecalled() {
        let e = extract("""
            استهدف تنظيم داعش حافلة عسكرية قرب وادي العذيب، ما أدى إلى مقتل أحد عشر عنصراً من القوات الحكومية.
            وتعرضت القوات الحكومية الخميس الماضي لكمين على طريق دير الزور قُتل خلاله أكثر من ثلاثين عنصراً.
            """, published: "2024-03-19")
        #expect(ownTolls(e).map(\.value) == [11])
        #expect(e.claims.first { $0.value == 30 }?.context == .backReference)
    }

    /// A headline over two separate bombings, and a lead over places in two provinces: the day's tally.
    @Test func sumsOfSeparateEventsAndPlacesAreTallies() {
        let ar = extract("""
            مقتل 7 وإصابة آخرين في تفجيرين منفصلين بريف حلب
            لقي ثلاثة أشخاص مصرعهم وأصيب آخرون بانفجار دراجة مفخخة عند حاجز قرب بلدة مارع.
            وفي تفجير آخر قرب قرية كفرجنة على طريق عفرين، قتل أربعة عناصر من وحدات الحماية.
            """, published: "2024-03-19")
        #expect(ar.claims.first { $0.value == 7 }?.kind == .tally)
        #expect(ownTolls(ar).map(\.value).sorted() == [3, 4])
        let en = extract("""
            At least 26 civilians were killed on Sunday in government air raids on Idlib province and the eastern Ghouta, a monitor said.
            The monitor said 17 people, among them three children, died in strikes on several towns of Idlib province.
            In Douma, in the eastern Ghouta, barrel bombs killed at least nine people, medics said.
            """, published: "2024-03-19")
        #expect(en.claims.first { $0.value == 26 }?.kind == .tally)
        #expect(ownTolls(en).map(\.value).sorted() == [9, 17])
    }

    /// «ذهب ضحيته ثلاثة مواطنين» told person by person at one place: the lead's parts, counted once.
    @Test func aLeadToldPersonByPersonHasParts() {
        let e = extract("""
            شهدت بلدة المسيفرة مساء السبت هجوماً مسلحاً ذهب ضحيته ثلاثة مواطنين.
            وقال مصدر في الشرطة إن مسلحين اقتحموا منزل أحد الأهالي وأطلقوا النار على من فيه، ما أدى إلى مقتل زوجته.
            وبعد خروجهم أطلق المسلحون النار على الأهالي، ما أدى إلى مقتل الطفلين خالد الحمد وسلمى العلي.
            """, published: "2024-03-19")
        #expect(ownTolls(e).map(\.value) == [3])
        let parts = e.claims.filter { $0.role == .part }.map(\.value).sorted()
        #expect(parts == [1, 2])
    }

    /// "The attack which left three SDF members dead": the report's own attack, restated; a funeral's attack is the toll.
    @Test func aRelativeClauseAboutTheReportsOwnEvent() {
        let once = extract("""
            Gunmen attacked a checkpoint of the Syrian Democratic Forces in Dhiban on Sunday evening, killing three fighters, the monitor said. The attack which left three SDF members dead was the second in the town this week.
            """, published: "2024-03-19")
        #expect(ownTolls(once).map(\.value) == [3])
        let funeral = extract("Residents of Sarmada held a funeral on Friday for the victims of the car bomb attack which left five dead on Wednesday near the market.",
                              published: "2024-03-16")
        #expect(ownTolls(funeral).map(\.value) == [5])
    }

    /// "The monitor said that another 131 civilians had been killed during the day": reported speech, the day's toll.
    @Test func reportedSpeechPastPerfectIsNotRecalled() {
        let e = extract("The monitor said on Wednesday that another 40 civilians had been killed on the coast during the day.",
                        published: "2024-03-19")
        #expect(e.claims.first { $0.value == 40 }?.context == .main)
        #expect(!e.claims.contains { $0.value == 1 })
    }

    /// SNHR's month: the lead counts the month, the report's breakdown by perpetrator is the month's too.
    @Test func aMonitorsMonthAndItsBreakdownAreTallies() {
        let e = extract("""
            وثقت الشبكة السورية لحقوق الإنسان مقتل 88 مدنياً خلال شهر أيلول، بينهم 27 طفلاً و9 نساء.
            وأضاف التقرير أن القوات الروسية قتلت سبعة مدنيين بينهم خمسة أطفال.
            """, published: "2023-10-03")
        #expect(e.claims.first { $0.value == 88 }?.kind == .tally)
        #expect(e.claims.first { $0.value == 7 }?.kind == .tally)
        #expect(ownTolls(e).isEmpty)
    }

    /// "In the past six months" is a period; "over the past 24 hours" is the day's count of the event; "since the season
    /// began" is a running tally.
    @Test func pastPeriodsAndSeasons() {
        let months = extract("Rescuers said a total of 58 children have been killed in the bombing campaign on the region in the past six months.")
        #expect(months.claims.first { $0.value == 58 }?.kind == .tally)
        let day = extract("Between 10 and 15 IS members were killed in Russian airstrikes in the desert north of Palmyra over the past 24 hours.")
        #expect(day.claims.first { $0.value == 10 }?.kind == .incident)
        let season = extract("The monitor said, adding that at least 19 people had been killed while searching for truffles since the season began.")
        #expect(season.claims.first { $0.value == 19 }?.kind == .tally)
    }
}

@Suite("Real pages 13: words that count no one, and a town's lost sons")
struct NoVictimRuleTests13 {
    static let cases: [RuleCase] = [
        RuleCase("another-strike", "Four others, including a child, were killed in another strike on Monday.",
                 ["killed 4 all total", "killed 1 children subset<4"], absent: ["killed 1 all"]),
        RuleCase("another-number", "Another 40 civilians were killed in the town during the day, the monitor said.", ["killed 40 civilians total"],
                 absent: ["killed 1"]),
        RuleCase("a-number-of-others", "استشهد 6 مدنيين بينهم طفلتان وأصيب عدد آخر بجروح نتيجة قصف على قرية الشريعة.",
                 ["killed 6 civilians total", "killed 2 children subset<6"], absent: ["wounded"]),
        RuleCase("house-of-one", "اقتحم مسلحون منزل أحد الأهالي في بلدة المسيفرة وأطلقوا النار، ما أدى إلى مقتل زوجته.",
                 ["killed 1 women total"], absent: ["killed 1 civilians", "killed 1 all"]),
        RuleCase("ordinal-digits", "Three civilians were killed in a drone strike on a car east of Qamishli. It was the 41st drone attack on the region this year.",
                 ["killed 3 civilians total"], absent: ["operations 41"]),
        RuleCase("town-lost-its-sons", "فقدت بلدة الكرك الشرقي ثلاثة من أبنائها صباح الإثنين بانفجار لغم أرضي قرب أطرافها.", ["killed 3 all total"],
                 absent: ["missing"]),
        RuleCase("schoolchildren", "Four schoolchildren were killed on Monday when regime forces shelled the town of Afes.", ["killed 4 children total"]),
    ]

    @Test("no victim, or a death the lexicon missed", arguments: cases)
    func noVictim(_ c: RuleCase) { expectRule(c) }
}

@Suite("Real pages 13: deaths told as objects, subsets after the toll, the same day")
struct ToldOtherwiseRuleTests13 {
    static let cases: [RuleCase] = [
        // North Press's roundups: the victim is the object, the death a phrase after it.
        RuleCase("shot-to-death", "On March 9, a local source said unknown gunmen shot a nurse to death near the hospital of Khan Arnabah.",
                 ["killed 1 civilians total"]),
        RuleCase("stabbed-to-death", "Two men stabbed a shopkeeper to death in his store in Hasakah on Friday.", ["killed 1 civilians total"],
                 absent: ["killed 2"]),
        // «ارتفع عدد ضحايا … إلى أربعة مدنيين، وأكثر من عشرة جرحى»: the wounded counted apart, the victims are the dead.
        RuleCase("victims-and-wounded-apart", "وفي ريف المدينة، ارتفع عدد ضحايا القصف على بلدة كفرومة إلى أربعة مدنيين، وأكثر من عشرة جرحى.",
                 ["killed 4 civilians total", "wounded 10 all total"], absent: ["wounded 4"]),
    ]

    @Test("deaths told otherwise", arguments: cases)
    func toldOtherwise(_ c: RuleCase) { expectRule(c) }

    /// "Two children were among the dead", a sentence after the toll: a subset of it, not an incident of its own.
    @Test func amongTheDeadIsASubset() {
        let e = extract("At least 9 people were killed in a car bombing at a market in Azaz on Sunday. The White Helmets said two children were among the dead.")
        #expect(ruleFigures(e.claims) == ["killed 9 all total", "killed 2 children subset<9"])
    }

    /// «مساء اليوم ذاته» is the day of the killing told before, not the day the report came out.
    @Test func theSameDayIsTheDayBefore() {
        let e = extract("""
            قُتل مدني برصاص مجهولين صباح الأحد في بلدة الشحيل.
            وقتل مدني آخر مساء اليوم ذاته في بلدة ذيبان.
            """, published: "2024-03-19")
        #expect(e.claims.map { $0.eventDate?.day?.description } == ["2024-03-17", "2024-03-17"])
    }
}

@Suite("Real pages 13: one death told twice, a dual that looks plural")
struct RestatedSingleRuleTests13 {
    /// Anadolu's "one civilian was killed and two others were injured … according to initial reports, one civilian died and
    /// two were hurt": the second sentence restates the first (its wounded too), so one death.
    @Test func aSingleDeathRestatedWithItsWoundedIsOne() {
        let e = extract("""
            One civilian was killed and two others were injured on Tuesday when the group shelled the village of Tal Battal near al-Bab.
            According to the first reports, one civilian died and two were hurt in the shelling, the sources added.
            """, published: "2024-03-19")
        #expect(ruleFigures(e.claims) == ["killed 1 civilians total", "wounded 2 all total"])
        // Two deaths in sentences that restate nothing else stay two.
        let two = extract("A civilian was killed in Tal Battal on Tuesday. Later a civilian was killed in Susiyan.", published: "2024-03-19")
        #expect(ruleFigures(two.claims).count == 2)
    }

    static let cases: [RuleCase] = [
        RuleCase("dual-like-plural", "قال المرصد السوري إن مقاتلين من قسد فقدا حياتهما بهجوم لخلايا التنظيم جنوب الرقة، كما أصيب 4 مقاتلين آخرين.",
                 ["killed 2 sdf total", "wounded 4 all total"]),
        RuleCase("plural-stays-vague", "قال المرصد إن مقاتلين من قسد قتلوا في الهجوم.", [], absent: ["killed 2"]),
    ]

    @Test("a dual written like a plural", arguments: cases)
    func dual(_ c: RuleCase) { expectRule(c) }
}

@Suite("Real pages 13: a list of places after a subset")
struct PlaceListRuleTests13 {
    /// Anadolu's «مقتل 6 مدنيين في مدينة إدلب بينهم 3 أطفال، ومدنيين اثنين في بلدة بنش، و4 في بلدة تفتناز»: each place's
    /// figure is a sibling of the first (not a subset of it), and the lead's 12 is their sum for the day.
    @Test func eachPlaceIsASibling() {
        let e = extract("""
            ارتفع عدد القتلى المدنيين إلى 12، جراء قصف مدفعي لقوات النظام على مدينة إدلب وبلدتين في ريفها منذ فجر الخميس.
            ووفقاً للدفاع المدني، فإن القصف أسفر عن مقتل 6 مدنيين في مدينة إدلب بينهم 3 أطفال، ومدنيين اثنين في بلدة بنش، و4 في بلدة تفتناز بينهم امرأتان.
            """, published: "2024-03-15")
        #expect(e.claims.first { $0.value == 12 }?.kind == .tally)
        #expect(ownTolls(e).map(\.value).sorted() == [2, 4, 6])
        #expect(ownTolls(e).first { $0.value == 2 }?.place?.name == "binnish")
        #expect(ownTolls(e).first { $0.value == 6 }?.place?.name == "idlib")
    }
}

@Suite("Real pages 13: rescuers' counts and a headline beside a named victim")
struct InsideTheTollRuleTests13 {
    /// «انتشل جثامين 16 قتيلاً وأسعف 40 مصاباً» after a toll of 19 dead and 42 wounded: inside the toll.
    @Test func whatRescuersRecoveredIsInsideTheToll() {
        let e = extract("""
            قال ناشطون إن حصيلة المجزرة التي خلفتها الغارات على مدينة سراقب ارتفعت إلى 19 قتيلاً و42 جريحاً.
            وأعلن الدفاع المدني أنه انتشل جثامين 16 قتيلاً وأسعف 40 مصاباً.
            """, published: "2024-03-19")
        #expect(ownTolls(e).map(\.value) == [19])
        #expect(ownTolls(e, .wounded).map(\.value) == [42])
        #expect(e.claims.first { $0.value == 16 }?.role == .subset)
    }

    /// «مقتل مدير مركز الإسعاف وأربعة مدنيين» over «قتل خمسة مدنيين بينهم مدير مركز الإسعاف»: five dead, not nine.
    @Test func aHeadlineBesideANamedVictimIsAPart() {
        let e = extract("""
            مقتل مدير مركز الإسعاف وأربعة مدنيين بقصف على بلدة حمورية
            قتل خمسة مدنيين بينهم مدير مركز الإسعاف، وجرح آخرون، الأربعاء، بقصف مدفعي على بلدة حمورية في الغوطة الشرقية.
            """, published: "2024-03-14")
        #expect(ownTolls(e).map(\.value) == [5])
        #expect(e.claims.first { $0.value == 4 }?.role == .part)
    }
}
