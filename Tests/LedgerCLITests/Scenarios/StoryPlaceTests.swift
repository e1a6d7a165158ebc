import Foundation
import LedgerTestSupport
import Testing

/// One shelling of a market told by three outlets whose toll sentences name no place: the place is in
/// the headline (under two spellings and in Arabic) or in an earlier sentence of the story. Each toll
/// takes its story's place, so the three are one incident; a report about two towns gives its
/// place-less figure neither.
@Suite("Scenario: the place is in the headline, not in the toll's sentence")
struct StoryPlaceTests {
    static let wire = """
        Shells hit crowded market in Mohassan

        Artillery shells struck a vegetable market on Thursday morning, residents said. At least nine people \
        were killed and 16 wounded, according to a medic.
        """
    static let arabic = """
        قصف مدفعي يستهدف سوق مدينة موحسن بريف دير الزور

        ارتفعت حصيلة القصف الذي طال السوق يوم الخميس إلى 11 قتيلاً، بحسب مصادر طبية.
        """
    static let monitor = """
        The toll of Thursday's shelling of the market in Muhasan, in the Deir ez-Zor countryside, has risen. \
        The Syrian Observatory for Human Rights said on Friday that ten civilians had died.
        """
    static let twoTowns = """
        Shelling hits Mohassan and al-Bukamal

        Shells fell on two towns in the east of the province on Thursday. Four people were killed, a medic said.
        """

    @Test("three outlets, one incident: killed 9 to 11, the place from each story")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-wire", Self.wire, meta: ["published": "2024-09-13", "publisher": "Levant Wire"]),
            try l.report("2-arabic", Self.arabic, meta: ["published": "2024-09-13", "publisher": "عين الفرات"]),
            try l.report("3-monitor", Self.monitor, meta: ["published": "2024-09-13", "publisher": "Syrian Observatory for Human Rights"]),
        ])
        let killed = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let t = try #require(killed.first)
        #expect([t.int("incidents"), t.int("low"), t.int("best"), t.int("high")] == [1, 9, 10, 11], "\(t)")
        let incidents = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(incidents.count == 1)
        #expect(incidents.first?.str("admin1") == "deir ez-zor", "\(incidents)")
        let wounded = try l.rows(["totals"]).filter { $0.str("measure") == "wounded" }
        #expect(wounded.map { $0.int("best") } == [16])
    }

    @Test("a headline naming two towns gives the toll neither")
    func twoTownsNoPlace() throws {
        let l = ScenarioLedger()
        try l.ingest([try l.report("two", Self.twoTowns, meta: ["published": "2024-09-13", "publisher": "Levant Wire"])])
        let claims = try l.rows(["claims"]).compactMap { $0["claim"] as? [String: Any] }.filter { $0.str("measure") == "killed" }
        #expect(claims.map { $0.int("value") } == [4])
        #expect(claims.first?["place"] == nil, "\(claims)")
    }
}
