import Foundation
import LedgerTestSupport
import Testing

/// One day's airstrikes on a market in Ariha told by a wire quoting the rescuers (9), an Arabic outlet
/// the next day whose toll "rose to 11" after two of the wounded died, and the monitor (10). The Arabic
/// "toll of the strikes" is the day's event, not a running tally, and the rescuers' figure is theirs.
@Suite("Scenario: one day's strikes on a town, three outlets, a toll that rises")
struct StrikeTollRiseTests {
    static let wire = """
        Russian strikes kill nine civilians in Idlib's Ariha

        Russian warplanes hit a crowded market in the town of Ariha in southern Idlib on Tuesday, killing nine \
        civilians, four of them children, the White Helmets rescue group said.
        """
    static let arabic = """
        ارتفاع حصيلة ضحايا الغارات على أريحا

        ارتفعت حصيلة ضحايا الغارات الجوية الروسية التي استهدفت سوق مدينة أريحا جنوب إدلب أمس الثلاثاء إلى 11 قتيلاً \
        مدنياً بينهم خمسة أطفال، بعد وفاة اثنين من الجرحى متأثرين بإصاباتهما.
        """
    static let monitor = """
        Death toll in Ariha rises

        The death toll of the Russian airstrikes on a market in Ariha city in the southern countryside of Idlib on \
        October 7 has risen to ten civilians, including four children. Dozens of others were wounded.
        """

    @Test("one incident at Ariha: low 9, high 11, three sources; the children are subsets, not incidents")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("wire", Self.wire, meta: ["published": "2025-10-07", "publisher": "Anadolu Agency"]),
            try l.report("arabic", Self.arabic, meta: ["published": "2025-10-08", "publisher": "عنب بلدي"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2025-10-08", "publisher": "Syrian Observatory for Human Rights"]),
        ])
        let incidents = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(incidents.count == 1, "\(incidents)")
        let inc = try #require(incidents.first)
        #expect(inc.str("place") == "ariha" && inc.str("admin1") == "idlib" && inc.str("day") == "2025-10-07", "\(inc)")
        #expect(inc.int("low") == 9 && inc.int("high") == 11 && inc.int("best") == 10, "\(inc)")
        let sources = Set((inc["sources"] as? [[String: Any]] ?? []).compactMap { $0.str("source") })
        #expect(sources == ["Syrian Civil Defence", "Enab Baladi", "Syrian Observatory for Human Rights"], "\(inc)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.map { $0.int("low") } == [9] && totals.map { $0.int("high") } == [11], "\(totals)")
    }
}
