import LedgerCore
import Testing
@testable import LedgerExtraction

/// A monitor's habit: one sentence tells a killing and then the running count it raises ("…, bringing
/// the number killed in the province since the start of the year to 91"). The killing is an incident on
/// its own day; the period and the count belong to the figure after the raising word. Sentences are our
/// own; the figures (two killed, 87-91 since January in Daraa) follow real monitor reports.
@Suite("A toll and the running count it raises, in one sentence")
struct RaisedTallyTests {
    static func roles(_ text: String) -> [Int: (ClaimKind, String?)] {
        let e = extract(text, published: "2025-03-04")
        return Dictionary(e.claims.filter { $0.measure == .killed }.map { ($0.value, ($0.kind, $0.period?.start?.description)) },
                          uniquingKeysWith: { a, _ in a })
    }

    @Test("Arabic: «ليرتفع / لتصل … منذ مطلع العام إلى»")
    func arabic() {
        let a = Self.roles("وثّق المرصد السوري مقتل شابين اثنين برصاص مسلحين في محافظة درعا، ليرتفع عدد القتلى في المحافظة منذ مطلع العام إلى ٩١ شخصاً.")
        #expect(a[2]?.0 == .incident && a[2]?.1 == nil, "\(a)")
        #expect(a[91]?.0 == .tally && a[91]?.1 == "2025-01-01", "\(a)")
        let b = Self.roles("قُتل ثلاثة عناصر من قوات النظام بهجوم على حاجز في ريف درعا الغربي أمس، لتصل حصيلة القتلى العسكريين منذ بداية العام إلى ٤٠.")
        #expect(b[3]?.0 == .incident && b[40]?.0 == .tally, "\(b)")
    }

    @Test("English: 'bringing / raising … since the start of the year to'")
    func english() {
        let a = Self.roles("Gunmen shot dead two young men in Daraa province on Monday, raising the number of people killed in the province since the beginning of the year to 91, the Observatory said.")
        #expect(a[2]?.0 == .incident && a[91]?.0 == .tally && a[91]?.1 == "2025-01-01", "\(a)")
        let b = Self.roles("A landmine killed four children near Maarat al-Numan on Sunday, bringing to 58 the number of people killed by war remnants since January.")
        #expect(b[4]?.0 == .incident && b[58]?.0 == .tally, "\(b)")
    }

    @Test("the killing of named victims by gunmen, with no period, is a toll, not a tally")
    func documentedKilling() {
        let a = Self.roles("The Syrian Observatory documented the killing of two young men by gunmen in Daraa province.")
        #expect(a[2]?.0 == .incident, "\(a)")
    }

    @Test("a count with its own period before the raising word stays a tally")
    func tallyBeforeTheRaisingWord() {
        let a = Self.roles("The Observatory documented 45 deaths in Daraa since the start of the year, bringing the number killed in the south this year to 60.")
        #expect(a[45]?.0 == .tally && a[60]?.0 == .tally, "\(a)")
        // No raising word: the sentence's period is the figure's.
        let b = Self.roles("The number of people killed in Daraa since the start of the year has reached 91.")
        #expect(b[91]?.0 == .tally)
    }
}

/// A recalled event the text dates "last month" / «الشهر الماضي» is placed in that month, in both
/// languages, even when the month ended days before the report; and a sentence that recalls an
/// earlier event does not take the day the sentence before it told. Sentences are our own.
@Suite("Recalled events: last month, and no borrowed day")
struct RecalledMonthTests {
    static func recalled(_ text: String) -> Claim? {
        extract(text, published: "2025-04-06").claims.first { $0.value == 3 }
    }

    @Test(arguments: [
        "Two children were killed in Kafr Nabl on Sunday. Three children were killed in a similar blast in the same area last month.",
        "قُتل طفلان بانفجار في كفرنبل اليوم الأحد. وكان ثلاثة أطفال قد قُتلوا بانفجار مماثل في المنطقة الشهر الماضي.",
        "قُتل طفلان بانفجار في كفرنبل اليوم الأحد. وكان ثلاثة أطفال قد قُتلوا بانفجار مماثل في المنطقة الشهر المنصرم.",
    ])
    func lastMonth(_ text: String) throws {
        let c = try #require(Self.recalled(text))
        #expect(c.context == .backReference && c.kind == .incident && c.eventDate == nil, "\(c)")
        #expect(c.period?.start?.description == "2025-03-01" && c.period?.end?.description == "2025-03-31", "\(c)")
    }

    @Test func aRecalledEventBorrowsNoDay() throws {
        let c = try #require(Self.recalled("قُتل طفلان بانفجار في كفرنبل اليوم الأحد. وكان ثلاثة أطفال قد قُتلوا بانفجار مماثل في المنطقة في كانون الثاني."))
        #expect(c.context == .backReference && c.eventDate == nil && c.period?.start?.description == "2025-01-01", "\(c)")
    }
}
