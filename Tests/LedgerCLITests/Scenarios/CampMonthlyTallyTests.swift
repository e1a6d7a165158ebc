import Foundation
import LedgerTestSupport
import Testing

/// A woman shot dead in al-Hol camp, told the next day in English and Arabic, and recalled with its date in
/// the monitor's tally of the month published weeks later. The month holds the one killing; the tally is
/// a tally of May, not a June incident.
@Suite("Scenario: a camp killing recalled in a monthly tally")
struct CampMonthlyTallyTests {
    static let wire = "Gunmen shot dead an Iraqi woman in the first section of al-Hol camp in al-Hasakah on Sunday, a security source said.\n"
    static let arabic = "عثرت قوى الأمن الداخلي، أمس الأحد، على جثة لاجئة عراقية قُتلت بطلق ناري في القسم الأول من مخيم الهول شرقي الحسكة.\n"
    static let monthly = """
        Eleven people were killed inside al-Hol camp in May, seven of them Iraqis, the Syrian Observatory for Human \
        Rights said in its monthly tally. Among them was an Iraqi woman shot dead in the camp's first section on May 12.
        """

    @Test("May holds the one killing (two outlets); June holds nothing; the 11 is May's tally")
    func totals() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-en", Self.wire, meta: ["published": "2024-05-13", "publisher": "Shafaq News"]),
            try l.report("2-ar", Self.arabic, meta: ["published": "2024-05-13", "publisher": "نورث برس"]),
            try l.report("3-monthly", Self.monthly, meta: ["published": "2024-06-01", "publisher": "Rudaw"]),
        ])
        let rows = try l.rows(["totals"])
        #expect(rows.map { $0.str("period") ?? "" } == ["2024-05"], "\(rows)")
        #expect(try l.totals("killed", period: "2024-05") == [1, 1, 1, 1])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-05-12" && inc.str("place") == "al-hol")
        let tally = try #require(try l.claims().first { $0.int("value") == 11 })
        #expect(tally.str("kind") == "tally")
        let period = tally["period"] as? [String: Any]
        #expect(period?.str("start") == "2024-05-01" && period?.str("end") == "2024-05-31")
    }
}
