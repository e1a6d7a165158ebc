import Foundation
import LedgerTestSupport
import Testing

/// Israeli strikes near Damascus: the state agency's military source (four soldiers, four wounded) in Arabic
/// and relayed by a wire, and the monitor's six fighters broken down as four soldiers and two allied
/// militiamen. Two sources; the monitor's breakdown is parts of its six, not incidents.
@Suite("Scenario: a strike near Damascus, a military source via the state agency against the monitor")
struct IsraeliStrikeTests {
    static let wire = "Four Syrian soldiers were killed and four others wounded early on Monday when Israeli missiles hit positions around Damascus, a military source told the state news agency SANA.\n"
    static let agency = "استشهد أربعة عسكريين وأصيب أربعة آخرون بجروح جراء عدوان جوي إسرائيلي استهدف فجر اليوم بعض النقاط في محيط مدينة دمشق، وفق ما ذكر مصدر عسكري.\n"
    static let monitor = "The Syrian Observatory for Human Rights said the Israeli strikes near Damascus on Monday killed six fighters, four Syrian soldiers and two members of foreign militias allied with the government.\n"

    @Test("one incident: SANA 4 (and its relay), the monitor 6; low 4, high 6, best 4; wounded 4")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-wire", Self.wire, meta: ["published": "2023-08-07", "publisher": "Reuters"]),
            try l.report("2-agency", Self.agency, meta: ["published": "2023-08-07", "publisher": "سانا"]),
            try l.report("3-monitor", Self.monitor, meta: ["published": "2023-08-07", "publisher": "The National"]),
        ])
        #expect(try l.totals("killed", period: "2023-08") == [1, 4, 6, 4])
        #expect(try l.totals("wounded", period: "2023-08") == [1, 4, 4, 4])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2023-08-07" && inc.str("place") == "damascus")
        #expect(inc.sourceFigures == ["SANA:4", "Syrian Observatory for Human Rights:6"])
        #expect(try l.discrepancyKinds() == ["sources_disagree"])
        let parts = try l.claims().filter { $0.str("role") == "part" }.compactMap { $0.int("value") }.sorted()
        #expect(parts == [2, 4])
    }
}
