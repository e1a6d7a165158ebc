import Foundation
import LedgerTestSupport
import Testing

/// A war-remnant mine kills two children near al-Busayrah; the monitor raises its toll to three the
/// next day (a third child died of his wounds) and an English wire relays the three. The monitor's
/// count since January is a tally, never an incident.
@Suite("Scenario: a landmine kills children, the monitor's toll rises, an English relay")
struct WarRemnantTests {
    static let first = """
        قُتل طفلان اثنان وأصيب ثلاثة آخرون بجروح، جراء انفجار لغم من مخلفات الحرب أثناء جمعهم الخردة في محيط بلدة البصيرة \
        بريف دير الزور الشرقي، يوم أمس الأحد.

        وبذلك يرتفع عدد ضحايا مخلفات الحرب منذ مطلع العام الجاري إلى 41 شخصاً بينهم 17 طفلاً، بحسب ما وثقه المرصد السوري لحقوق الإنسان.
        """
    static let update = "ارتفع عدد الأطفال الذين قضوا بانفجار اللغم في محيط بلدة البصيرة إلى ثلاثة، بعد وفاة طفل ثالث متأثراً بجراحه في المستشفى، وفقاً لما وثقه المرصد السوري لحقوق الإنسان.\n"
    static let relay = """
        A third child has died of wounds sustained when a landmine left over from the war went off near al-Busayrah in \
        Deir ez-Zor on Sunday, bringing the toll to three, the Syrian Observatory for Human Rights said.
        """

    @Test("one incident on the Sunday: the monitor's latest 3 (its 2 superseded), the relay as evidence; wounded 3")
    func oneIncident() throws {
        let l = ScenarioLedger()
        let sohr = "المرصد السوري لحقوق الإنسان"
        try l.ingest([
            try l.report("1-ar", Self.first, meta: ["published": "2024-02-26", "publisher": sohr]),
            try l.report("2-ar", Self.update, meta: ["published": "2024-02-27", "publisher": sohr]),
            try l.report("3-en", Self.relay, meta: ["published": "2024-02-27", "publisher": "Levant Wire"]),
        ])
        #expect(try l.totals("killed", period: "2024-02") == [1, 3, 3, 3])
        #expect(try l.totals("wounded", period: "2024-02") == [1, 3, 3, 3])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-02-25" && inc.str("place") == "al-busayrah", "\(inc)")
        #expect(inc.sourceFigures == ["Syrian Observatory for Human Rights:3"])
        let members = inc["members"] as? [[String: Any]] ?? []
        let byStatus = Dictionary(grouping: members, by: { $0.str("status") ?? "" }).mapValues { $0.compactMap { $0.int("value") } }
        #expect(byStatus == ["counted": [3], "relay": [3], "superseded": [2]])
        #expect(try l.discrepancyKinds() == ["superseded", "tally_vs_incidents"])
    }
}
