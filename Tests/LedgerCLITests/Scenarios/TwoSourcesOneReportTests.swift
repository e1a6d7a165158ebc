import Foundation
import LedgerTestSupport
import Testing

/// A wire story often gives two sources' tolls of one event: the rescuers' and the monitor's. They are
/// one incident whose low and high are the two figures, not two incidents added up; two events of one
/// report stay two.
@Suite("Scenario: two sources' tolls of one event in one report are one incident")
struct TwoSourcesOneReportTests {
    static let wire = """
        Car bomb kills at least 15 in northern Syrian town

        A car packed with explosives blew up near a vegetable market in Manbij on Saturday, killing at least 15 \
        people and wounding dozens, the Syrian civil defence said.

        The Syrian Observatory for Human Rights, which tracks the war through a network of informants, put the \
        death toll at 19, most of them civilians. No group said it was behind the blast.
        """
    static let arabic = """
        تفجير سيارة مفخخة في منبج

        قال الدفاع المدني السوري إن 15 شخصاً قُتلوا بانفجار سيارة مفخخة قرب سوق الخضار في مدينة منبج بريف حلب الشرقي يوم السبت، \
        فيما وثق المرصد السوري لحقوق الإنسان مقتل 19 شخصاً في التفجير.
        """

    static func killed(_ l: ScenarioLedger) throws -> [[String: Any]] {
        try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
    }

    @Test("an English wire with the civil defence's 15 and the Observatory's 19: one incident, 15-19")
    func englishWire() throws {
        let l = ScenarioLedger()
        try l.ingest([try l.report("wire", Self.wire, meta: ["published": "2025-02-03", "publisher": "Agence Globe"])])
        let incidents = try Self.killed(l)
        #expect(incidents.count == 1, "\(incidents)")
        let inc = try #require(incidents.first)
        #expect(inc.str("place") == "manbij" && inc.int("low") == 15 && inc.int("high") == 19, "\(inc)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.count == 1 && totals.first?.int("incidents") == 1 && totals.first?.int("high") == 19, "\(totals)")
    }

    @Test("the Arabic report of both tolls and the English wire: one incident, two sources, 15-19")
    func bothLanguages() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("wire", Self.wire, meta: ["published": "2025-02-03", "publisher": "Agence Globe"]),
            try l.report("arabic", Self.arabic, meta: ["published": "2025-02-02", "publisher": "صحيفة الوادي"]),
        ])
        let incidents = try Self.killed(l)
        #expect(incidents.count == 1, "\(incidents)")
        let inc = try #require(incidents.first)
        #expect(inc.int("low") == 15 && inc.int("high") == 19 && (inc["members"] as? [Any])?.count == 4, "\(inc)")
        // The civil defence and the Observatory, each counted once, whoever relayed them.
        let sources = (inc["sources"] as? [[String: Any]] ?? []).compactMap { $0.str("source") }
        #expect(Set(sources) == ["Syrian Civil Defence", "Syrian Observatory for Human Rights"], "\(inc)")
    }

    @Test("two events of one report stay two: another town, or far figures from one source")
    func twoEvents() throws {
        let l = ScenarioLedger()
        let text = """
            Two bombings in northern Syria

            A car bomb killed 15 people in Manbij on Saturday, the Syrian civil defence said. In a separate attack \
            in Jarablus the same day, the Syrian Observatory for Human Rights said four people were killed.

            Earlier on Saturday a roadside bomb killed three soldiers near Manbij, the civil defence said.
            """
        try l.ingest([try l.report("two", text, meta: ["published": "2025-02-03", "publisher": "Agence Globe"])])
        let incidents = try Self.killed(l)
        let byValue = incidents.compactMap { $0.int("best") }.sorted()
        #expect(byValue == [3, 4, 15], "\(incidents)")
    }
}
