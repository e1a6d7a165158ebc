import Foundation
import LedgerTestSupport
import Testing

/// Gunmen on a motorbike fire on an SDF patrol in al-Shuhayl: two killed, a third wounded. Told by a
/// local agency in English (the wounded man "taken to a hospital in al-Hasakah", and the year's count
/// "across the province"), an Arabic channel («الشحيل», the eastern countryside) and the monitor (its
/// own spelling, and the year's count the losses raise). Before, the hospital's town made a second
/// wounded incident in al-Hasakah, and the agency's yearly count was checked against all of Syria.
/// Reports written here; figures follow real reports of such attacks.
@Suite("Scenario: an attack on a patrol, the wounded taken elsewhere, the province's yearly count")
struct PatrolAttackTests {
    static let agency = """
        Two killed as gunmen open fire on SDF patrol in Deir ez-Zor

        Two members of the Syrian Democratic Forces were killed late on Tuesday when gunmen riding a motorbike opened \
        fire on their patrol in the town of al-Shuhayl in the eastern countryside of Deir ez-Zor, a local source said. \
        A third member was wounded and taken to a hospital in al-Hasakah.
        Since the beginning of the year, such attacks have killed at least 38 SDF members across the province, \
        according to the agency's own count.
        """
    static let channel = """
        مقتل عنصرين من "قسد" بهجوم مسلح شرقي دير الزور

        قُتل عنصران من قوات سوريا الديمقراطية وأصيب ثالث، مساء أمس الثلاثاء، إثر استهداف دوريتهم بالرصاص من قبل \
        مسلحين مجهولين يستقلون دراجة نارية في بلدة الشحيل بريف دير الزور الشرقي.
        """
    static let monitor = """
        SOHR: 2 SDF personnel killed in attack by unidentified gunmen in Deir Ezzor

        Unidentified gunmen attacked an SDF patrol in Al-Shuhail on Tuesday evening, killing two personnel and injuring \
        another. With these new losses, the number of SDF personnel killed in Deir Ezzor since early 2025 rises to 41.
        """

    @Test("one killed incident (2) and one wounded incident (1) at al-Shuhayl; two yearly counts over Deir ez-Zor")
    func oneAttack() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("agency", Self.agency, meta: ["published": "2025-06-11", "publisher": "North Press Agency"]),
            try l.report("channel", Self.channel, meta: ["published": "2025-06-11", "publisher": "تلفزيون سوريا"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2025-06-11", "publisher": "SOHR"]),
        ])
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 2, "\(incidents)")
        for inc in incidents {
            #expect(inc.str("place") == "al-shuhayl" && inc.str("day") == "2025-06-10", "\(inc)")
            #expect((inc["sources"] as? [[String: Any]])?.count == 3, "\(inc)")
        }
        let totals = try l.rows(["totals"])
        let summary = totals.map { "\($0.str("measure") ?? "") \($0.int("incidents") ?? 0) \($0.int("low") ?? 0)/\($0.int("high") ?? 0)/\($0.int("best") ?? 0)" }
        #expect(summary.sorted() == ["killed 1 2/2/2", "wounded 1 1/1/1"], "\(summary)")
        // Both yearly counts are tallies over Deir ez-Zor, each checked against the incidents there.
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") } == ["tally_vs_incidents", "tally_vs_incidents"], "\(found)")
        #expect(Set(found.compactMap { $0.int("stated") }) == [38, 41], "\(found)")
        let tallies = try l.claims().filter { $0.str("kind") == "tally" }
        #expect(tallies.count == 2 && tallies.allSatisfy { ($0["place"] as? [String: Any])?["name"] as? String == "deir ez-zor" }, "\(tallies)")
    }
}
