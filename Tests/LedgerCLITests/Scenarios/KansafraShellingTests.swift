import Foundation
import LedgerTestSupport
import Testing

/// Artillery on Kansafra: an Arabic outlet with a headline in Arabic-Indic digits restating its body («٣ مدنيين
/// بينهم طفلان» over «ثلاثة مدنيين، بينهم طفلان»), the rescuers counting «رجل وطفلين», and the monitor in English
/// the next day. One toll of three, no incident for the two children.
@Suite("Scenario: shelling on a village, a headline restating the body, a man and two children")
struct KansafraShellingTests {
    static let outlet = """
        مقتل ٣ مدنيين بينهم طفلان بقصف على جبل الزاوية

        قُتل ثلاثة مدنيين، بينهم طفلان، وأصيب ٥ آخرون بجروح، جراء قصف مدفعي لقوات النظام استهدف بلدة كنصفرة في جبل الزاوية \
        جنوبي إدلب، صباح اليوم الثلاثاء.
        """
    static let rescuers = "أسفر القصف المدفعي على بلدة كنصفرة اليوم عن مقتل رجل وطفلين وإصابة خمسة مدنيين آخرين.\n"
    static let monitor = "Three civilians, two of them children, were killed on Tuesday when government artillery shelled Kansafra in Idlib's Jabal al-Zawiya.\n"

    @Test("one incident at Kansafra: killed 3 from three sources, wounded 5 from two, no discrepancy")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-outlet", Self.outlet, meta: ["published": "2024-10-15", "publisher": "عنب بلدي"]),
            try l.report("2-rescuers", Self.rescuers, meta: ["published": "2024-10-15", "publisher": "الدفاع المدني السوري"]),
            try l.report("3-monitor", Self.monitor, meta: ["published": "2024-10-16", "publisher": "Syrian Observatory for Human Rights"]),
        ])
        #expect(try l.rows(["totals"]).count == 2)
        #expect(try l.totals("killed", period: "2024-10") == [1, 3, 3, 3])
        #expect(try l.totals("wounded", period: "2024-10") == [1, 5, 5, 5])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-10-15" && inc.str("place") == "kansafra")
        #expect(inc.sourceFigures == ["Enab Baladi:3", "Syrian Civil Defence:3", "Syrian Observatory for Human Rights:3"])
        #expect(try l.discrepancyKinds().isEmpty)
    }
}
