import Foundation
import LedgerTestSupport
import Testing

/// One shooting of farmers told at three depths of place: a wire naming the village (under a variant
/// spelling), an Arabic outlet naming only the eastern countryside of the province, and an agency
/// relaying the monitor with only the province. The coarse claims join the village's incident, in
/// whatever order the reports arrive.
@Suite("Scenario: a village named in one report, only its province in others")
struct CoarsePlaceTests {
    static let village = """
        Gunmen kill six in eastern Syrian village

        Gunmen on motorbikes opened fire on a group of farmers in the village of Al-Asharah on Monday, killing six \
        of them, residents said.
        """
    static let countryside = """
        مقتل سبعة مزارعين برصاص مسلحين في ريف دير الزور

        قُتل سبعة مزارعين، يوم الاثنين، إثر إطلاق مسلحين مجهولين النار عليهم في ريف دير الزور الشرقي، وفق ما أفادت مصادر محلية.
        """
    static let province = """
        Syria farm shooting toll rises

        Eight farmers were killed when gunmen opened fire in Deir ez-Zor province on Monday, the Syrian Observatory \
        for Human Rights said on Tuesday.
        """

    static func reports(_ l: ScenarioLedger) throws -> [String] {
        [
            try l.report("1-village", village, meta: ["published": "2024-05-07", "publisher": "Levant Wire"]),
            try l.report("2-countryside", countryside, meta: ["published": "2024-05-07", "publisher": "عين الفرات"]),
            try l.report("3-province", province, meta: ["published": "2024-05-08", "publisher": "Agence Globe"]),
        ]
    }

    static func expectOneIncident(_ l: ScenarioLedger) throws {
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let t = try #require(killed.first)
        #expect(t.str("period") == "2024-05")
        #expect([t.int("incidents"), t.int("low"), t.int("high"), t.int("best")] == [1, 6, 8, 7])
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 1)
        let inc = try #require(incidents.first)
        #expect(inc.str("place") == "al-ashara" && inc.str("admin1") == "deir ez-zor" && inc.str("day") == "2024-05-06")
        let sources = (inc["sources"] as? [[String: Any]] ?? []).map { "\($0.str("source") ?? ""):\($0.int("value") ?? 0)" }
        #expect(sources == ["Ayn al-Furat:7", "Levant Wire:6", "Syrian Observatory for Human Rights:8"])
        // The rule says how the coarse claims came in.
        #expect(inc.str("rule")?.contains("2 claim(s) naming only deir ez-zor linked as the one finer incident") == true, "\(inc)")
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") ?? "" } == ["sources_disagree"])
        #expect(found.first?.int("stated") == 6 && found.first?.int("other") == 8)
    }

    @Test("ingested together: one incident at al-Ashara, killed 6 to 8, best 7 (the median of three sources)")
    func together() throws {
        let l = ScenarioLedger()
        try l.ingest(try Self.reports(l))
        try Self.expectOneIncident(l)
    }

    @Test("the province first, the village last, one report per ingest: the same one incident")
    func coarseFirst() throws {
        let l = ScenarioLedger()
        for path in try Self.reports(l).reversed() { try l.ingest([path]) }
        try Self.expectOneIncident(l)
    }

    @Test("the village first, then the province, then the countryside, one per ingest: the same one incident")
    func fineFirst() throws {
        let l = ScenarioLedger()
        let paths = try Self.reports(l)
        for i in [0, 2, 1] { try l.ingest([paths[i]]) }
        try Self.expectOneIncident(l)
    }

    @Test("without the village report, the two coarse claims are one incident in the province")
    func coarseOnly() throws {
        let l = ScenarioLedger()
        let paths = try Self.reports(l)
        try l.ingest(Array(paths.dropFirst()))
        let killed = try #require(try l.rows(["totals"]).first { $0.str("measure") == "killed" })
        #expect([killed.int("incidents"), killed.int("low"), killed.int("high"), killed.int("best")] == [1, 7, 8, 7])
        #expect(try l.rows(["incidents"]).first?.str("place") == "deir ez-zor")
    }
}
