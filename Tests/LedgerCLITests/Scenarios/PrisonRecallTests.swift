import Foundation
import LedgerTestSupport
import Testing

/// A prison attack reported in January, recalled in an Arabic report in March about another
/// attack: the recall is a back-reference placed in January, never a March incident, and January
/// holds the attack once.
@Suite("Scenario: a prison attack recalled months later")
struct PrisonRecallTests {
    static let january = """
        Islamic State cells attacked Ghwayran prison in the city of al-Hasakah on Friday, killing 14 guards, the Syrian \
        Democratic Forces said in a statement.
        """
    static let march = """
        قُتل ثلاثة عناصر من «قوات سوريا الديمقراطية» بانفجار لغم أرضي قرب بلدة الشدادي جنوبي الحسكة، يوم أمس الأحد.

        وكان هجوم لخلايا التنظيم على سجن غويران في كانون الثاني الماضي قد أودى بحياة 14 من حراس السجن.
        """

    @Test("January holds the prison attack once (14), March only its own mine blast (3)")
    func totals() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("jan", Self.january, meta: ["published": "2024-01-20", "publisher": "North Press Agency"]),
            try l.report("mar", Self.march, meta: ["published": "2024-03-11", "publisher": "نورث برس"]),
        ])
        let rows = try l.rows(["totals"]).map { "\($0.str("period") ?? ""):\($0.str("category") ?? ""):\($0.int("incidents") ?? 0):\($0.int("best") ?? 0)" }
        #expect(rows == ["2024-01:guards:1:14", "2024-03:sdf:1:3"])
        let recall = try #require(try l.claims().first { $0.str("context") == "back_reference" })
        #expect(recall.int("value") == 14)
        let period = recall["period"] as? [String: Any]
        #expect(period?.str("start") == "2024-01-01" && period?.str("end") == "2024-01-31")
        #expect(recall["event_date"] == nil)
    }

    @Test("the recall alone (the January report not in the ledger) makes no incident at all")
    func recallAlone() throws {
        let l = ScenarioLedger()
        try l.ingest([try l.report("mar", Self.march, meta: ["published": "2024-03-11", "publisher": "نورث برس"])])
        let rows = try l.rows(["totals"])
        #expect(rows.count == 1 && rows.first?.str("period") == "2024-03" && rows.first?.int("best") == 3)
    }
}
