import Foundation
import LedgerTestSupport
import Testing

/// A blast at an arms depot: a French agency relaying the monitor with only "eastern Syria", an Arabic
/// daily relaying it with the town (الميادين), and a local network's own figure under another spelling
/// (al-Mayadeen). One incident, two original sources.
@Suite("Scenario: an arms depot blast, 'eastern Syria' and two spellings of the town")
struct DepotRelayTests {
    static let agency = "An explosion at an arms depot used by Iran-backed fighters killed eight people in eastern Syria on Tuesday, the Syrian Observatory for Human Rights said.\n"
    static let arabic = "قُتل 8 عناصر من الميليشيات الموالية لإيران، أمس الثلاثاء، بانفجار مستودع أسلحة في مدينة الميادين بريف دير الزور الشرقي، بحسب المرصد السوري لحقوق الإنسان.\n"
    static let local = "Nine fighters were killed in the blast at a weapons depot in al-Mayadeen on Tuesday, our correspondent said.\n"

    @Test("one incident at al-Mayadin on the Tuesday: the monitor's 8 (two relays) and the network's 9")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-agency", Self.agency, meta: ["published": "2024-11-20", "publisher": "AFP"]),
            try l.report("2-ar", Self.arabic, meta: ["published": "2024-11-20", "publisher": "الشرق الأوسط"]),
            try l.report("3-local", Self.local, meta: ["published": "2024-11-21", "publisher": "Deir Ezzor 24"]),
        ])
        #expect(try l.rows(["totals"]).count == 1)
        #expect(try l.totals("killed", period: "2024-11") == [1, 8, 9, 8])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-11-19" && inc.str("place") == "al-mayadin", "\(inc)")
        #expect(inc.sourceFigures == ["Deir Ezzor 24:9", "Syrian Observatory for Human Rights:8"])
        #expect(try l.discrepancyKinds() == ["sources_disagree"])
    }
}
