import LedgerCore
import Testing
@testable import LedgerExtraction

/// Whose figure a toll is: wire stories often give the rescuers' toll and the monitor's side by side,
/// sometimes in one sentence turned by "while" / «فيما». Each figure keeps its own source, so that the
/// linker can count them as two sources of one event. Sentences are our own.
@Suite("Attribution: the rescuers, the ministries and a second source in one sentence")
struct AttributionTests {
    static func sources(_ text: String) -> [Int: String] {
        let e = extract(text, published: "2025-02-04")
        return Dictionary(e.claims.filter { $0.measure == .killed }.map { ($0.value, $0.attributedTo ?? "-") }, uniquingKeysWith: { a, _ in a })
    }

    @Test func civilDefenceAndRedCrescent() {
        #expect(Self.sources("A car bomb killed 15 people in Manbij on Monday, the Syrian civil defence said.")[15] == "Syrian Civil Defence")
        #expect(Self.sources("قال الدفاع المدني السوري إن 15 شخصاً قتلوا بانفجار سيارة مفخخة في منبج يوم الاثنين.")[15] == "Syrian Civil Defence")
        #expect(Self.sources("Rescuers of the White Helmets said nine people died when shells hit Ariha on Monday.")[9] == "Syrian Civil Defence")
        #expect(Self.sources("أفاد الهلال الأحمر الكردي بمقتل أربعة مدنيين بقصف على قرية في ريف الحسكة يوم الاثنين.")[4] == "Kurdish Red Crescent")
    }

    @Test func ministriesByTheirLongNames() {
        #expect(Self.sources("Eleven people were killed near Salamiyah on Monday, according to the Syrian Ministry of Interior.")[11] == "Interior Ministry")
        #expect(Self.sources("Three soldiers were killed near Palmyra on Monday, the Ministry of Defence said.")[3] == "Defence Ministry")
    }

    @Test func aSecondSourceAfterAContrastTakesTheFiguresAfterIt() {
        let ar = Self.sources("قال الدفاع المدني إن 15 شخصاً قتلوا بانفجار في منبج يوم الاثنين، فيما وثق المرصد السوري لحقوق الإنسان مقتل 19 شخصاً.")
        #expect(ar[15] == "Syrian Civil Defence" && ar[19] == "Syrian Observatory for Human Rights", "\(ar)")
        let en = Self.sources("The blast in Manbij on Monday killed 15 people, the civil defence said, while the Observatory said 19 people were killed.")
        #expect(en[15] == "Syrian Civil Defence" && en[19] == "Syrian Observatory for Human Rights", "\(en)")
        // One source named twice is no contrast.
        let one = Self.sources("The civil defence said 15 people were killed in Manbij on Monday, while the civil defence's teams searched for more.")
        #expect(one[15] == "Syrian Civil Defence")
    }
}

/// «أشار إلى أن بين القتلى تسعة عناصر»: a figure right after "among the dead" is some of the dead just
/// counted, not a toll of its own. Sentences are our own.
@Suite("Subsets: a figure after «بين القتلى»")
struct AmongTheDeadTests {
    @Test func aFigureAfterAmongTheDeadIsASubset() {
        let e = extract("ارتفع إلى 53 عدد قتلى التفجير قرب حاجز وسط دمشق يوم الخميس، بحسب المرصد الذي أشار إلى أن بين القتلى تسعة عناصر من القوات النظامية.")
        let nine = e.claims.first { $0.value == 9 }
        #expect(nine?.role == .subset, "\(e.claims.map { ($0.value, $0.role) })")
        let three = extract("قُتل 12 شخصاً بقصف على بلدة في ريف إدلب يوم الخميس، ومن بين القتلى ثلاثة أطفال.").claims.first { $0.value == 3 }
        #expect(three?.role == .subset)
        // A toll that follows its own death word, not "among", stays a toll.
        let two = extract("قُتل 12 شخصاً بقصف على بلدة في ريف إدلب يوم الخميس، كما قُتل اثنان آخران في قرية مجاورة.").claims.first { $0.value == 2 }
        #expect(two?.role == .total)
    }
}

/// «ارتفعت حصيلة ضحايا الغارات على مدينة أريحا أمس إلى 11»: the day's strikes on one town are one event,
/// and its toll an incident's, not a running tally; a town whose bare name is ambiguous (أريحا is also
/// Jericho) is read after a settlement noun. Sentences are our own.
@Suite("Tolls of one day's strikes, and towns after a settlement noun")
struct EpisodeTollTests {
    static func first(_ text: String) -> Claim? { extract(text, published: "2025-10-08").claims.first }

    @Test func theDaysStrikesOnOneTownAreOneIncident() {
        let ar = Self.first("ارتفعت حصيلة ضحايا الغارات الروسية على مدينة أريحا جنوب إدلب أمس الثلاثاء إلى 11 قتيلاً مدنياً.")
        #expect(ar?.kind == .incident && ar?.value == 11 && ar?.place?.name == "ariha" && ar?.eventDate?.day?.description == "2025-10-07")
        let en = Self.first("The toll of Russian airstrikes on Ariha on Tuesday rose to 11 civilians.")
        #expect(en?.kind == .incident && en?.place?.name == "ariha")
        // With no day, or since a date, strikes are many events: a tally.
        #expect(Self.first("ارتفعت حصيلة الغارات على منبج إلى 20 قتيلاً.")?.kind == .tally)
        #expect(Self.first("Russian airstrikes on Idlib have killed 40 civilians since the start of the month.")?.kind == .tally)
    }

    @Test func aTownAfterASettlementNoun() {
        #expect(Self.first("قُتل ثلاثة مدنيين بقصف على مدينة أريحا أمس.")?.place?.name == "ariha")
        #expect(Self.first("قُتل ثلاثة مدنيين بقصف استهدف بلدة الراعي أمس.")?.place?.name == "al-rai")
        // The bare name stays unread: it is also a city abroad.
        #expect(Self.first("قُتل ثلاثة مدنيين بقصف على أريحا أمس.")?.place?.name != "ariha")
    }

    @Test func aNamedRescueGroupSaidAfterItsDescription() {
        let c = Self.first("Russian warplanes struck a market in Ariha on Tuesday, killing nine civilians, the White Helmets rescue group said.")
        #expect(c?.attributedTo == "Syrian Civil Defence")
    }
}

/// A statement's day is not the event's: "The SDF said on Monday that three fighters were killed late on
/// Sunday" happened on Sunday. Also: "one of its posts" counts no one; «زعمت وكالة أعماق» attributes the
/// figure to Amaq. Sentences are our own.
@Suite("Statement days, posts and partisan claims")
struct StatementDayTests {
    static func first(_ text: String) -> Claim? { extract(text, published: "2025-06-02").claims.first }

    @Test func theEventsDayNotTheStatements() {
        let en = Self.first("The SDF said on Monday that three of its fighters were killed late on Sunday in an attack east of Raqqa.")
        #expect(en?.eventDate?.day?.description == "2025-06-01")
        let ar = Self.first("قالت قوات سوريا الديمقراطية، يوم الاثنين، إن ثلاثة من مقاتليها قتلوا مساء الأحد في هجوم شرقي الرقة.")
        #expect(ar?.eventDate?.day?.description == "2025-06-01")
        // With no other day, the statement's is the one there is.
        #expect(Self.first("The SDF said on Monday that three of its fighters were killed in an attack east of Raqqa.")?.eventDate?.day?.description
                == "2025-06-02")
    }

    @Test func oneOfItsPostsCountsNoOne() {
        let claims = extract("Three fighters were killed and two wounded when IS cells attacked one of its posts east of Raqqa on Sunday.",
                             published: "2025-06-02").claims
        #expect(claims.map(\.value).sorted() == [2, 3], "\(claims.map(\.value))")
    }

    @Test func aPartisanOutletsClaim() {
        let c = Self.first("زعمت وكالة أعماق أن مقاتلي التنظيم قتلوا ثمانية عناصر من الميليشيات الكردية في هجوم قرب الكرامة ليلة الأحد.")
        #expect(c?.attributedTo == "Amaq (IS outlet)" && c?.value == 8)
    }
}
