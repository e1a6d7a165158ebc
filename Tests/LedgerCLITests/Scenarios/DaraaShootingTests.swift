import Foundation
import LedgerTestSupport
import Testing

/// Two young men shot dead in a western Daraa village, told by a local network (the village, and an
/// earlier attack in another village recalled), a national outlet (only "the western Daraa countryside",
/// with its own count for the year) and the monitor, whose one sentence gives the killing and the
/// year's count it raises. Three outlets, one incident; the counts are tallies, the recalled attack a
/// back-reference. Reports written here; figures follow real reports of such killings.
@Suite("Scenario: a shooting in Daraa's countryside and the year's count it raises")
struct DaraaShootingTests {
    static let local = """
        اغتيال شابين في ريف درعا الغربي

        قُتل شابان برصاص مسلحين مجهولين مساء الاثنين في بلدة تل شهاب بريف درعا الغربي، وفق ما أفاد مراسلنا.
        ويأتي ذلك بعد أسبوع من مقتل ثلاثة أشخاص في هجوم مماثل في بلدة اليادودة.
        """
    static let outlet = """
        مقتل شخصين بإطلاق نار في درعا

        لقي شخصان مصرعهما، ليل الاثنين - الثلاثاء، إثر استهدافهما بالرصاص من قبل مجهولين في ريف درعا الغربي. \
        وتشهد المحافظة منذ مطلع العام الجاري فلتاناً أمنياً أودى بحياة ٨٧ شخصاً بحسب إحصائيات محلية.
        """
    static let monitor = """
        المرصد السوري: مقتل شابين في درعا

        وثّق المرصد السوري لحقوق الإنسان مقتل شابين اثنين برصاص مسلحين في محافظة درعا، ليرتفع عدد الذين قتلوا \
        في درعا منذ مطلع العام إلى ٩١ شخصاً.
        """

    @Test("one incident at Tal Shihab, 2 killed by three sources; the monitor's 91 is a tally ahead of it")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("local", Self.local, meta: ["published": "2025-03-04", "publisher": "تجمع أحرار حوران"]),
            try l.report("outlet", Self.outlet, meta: ["published": "2025-03-04", "publisher": "عنب بلدي"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2025-03-04", "publisher": "المرصد السوري لحقوق الإنسان"]),
        ])
        let incidents = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(incidents.count == 1, "\(incidents)")
        let inc = try #require(incidents.first)
        #expect(inc.str("place") == "tal shihab" && inc.str("admin1") == "daraa" && inc.str("day") == "2025-03-03", "\(inc)")
        #expect(inc.int("low") == 2 && inc.int("high") == 2 && inc.int("best") == 2, "\(inc)")
        #expect((inc["sources"] as? [[String: Any]])?.count == 3, "\(inc)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.map { $0.int("best") } == [2] && totals.map { $0.int("incidents") } == [1], "\(totals)")
        // The monitor's year count is a tally over Daraa; its 2 is not a second tally.
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") } == ["tally_vs_incidents"], "\(found)")
        #expect(found.first?.int("stated") == 91 && found.first?.int("other") == 2, "\(found)")
        // The attack recalled in al-Yadudah is a back-reference, never an incident.
        let yadudah = try l.claims().filter { $0.int("value") == 3 }
        #expect(yadudah.map { $0.str("context") } == ["back_reference"], "\(yadudah)")
    }
}
