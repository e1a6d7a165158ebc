import Foundation
import LedgerTestSupport
import Testing

/// One shelling of a village told twice: a local outlet names the village in Arabic, a wire names only
/// its district ("the Jebel Saman district", in Aleppo's western countryside). The district is coarser
/// than the village and holds it, so the wire's toll joins the village's incident; the incident keeps
/// the village and its district's P-code.
@Suite("Scenario: a village in one report, only its district in another")
struct DistrictPlaceTests {
    static let local = """
        قصف مدفعي على بلدة الأتارب غربي حلب

        قُتل خمسة مدنيين، بينهم طفلان، وأصيب ثمانية آخرون، يوم الثلاثاء، بقصف مدفعي استهدف منازل في بلدة الأتارب.
        """
    static let wire = """
        Shelling kills civilians west of Aleppo

        Artillery fire hit homes in the Jebel Saman district on Tuesday, killing six civilians, a rescue worker said.
        """

    @Test("two outlets, one incident at the village: killed 5 to 6, in Jebel Saman district (SY0200)")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-local", Self.local, meta: ["published": "2024-10-09", "publisher": "شبكة حلب المحلية"]),
            try l.report("2-wire", Self.wire, meta: ["published": "2024-10-09", "publisher": "Levant Wire"]),
        ])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let t = try #require(killed.first)
        #expect([t.int("incidents"), t.int("low"), t.int("high")] == [1, 5, 6], "\(t)")
        let incidents = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(incidents.map { $0.str("place") } == ["al-atarib"], "\(incidents)")
        let r = try runLedger(["export", "--db", l.db, "--what", "incidents", "--format", "json"])
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let export = (doc?["rows"] as? [[String: Any]] ?? []).filter { $0.str("measure") == "killed" }
        #expect(export.map { $0.str("admin2_pcode") } == ["SY0200"], "\(export)")
        #expect(export.map { $0.str("admin1_pcode") } == ["SY02"], "\(export)")
    }
}
