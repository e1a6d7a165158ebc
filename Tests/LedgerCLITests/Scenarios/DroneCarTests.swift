import Foundation
import LedgerTestSupport
import Testing

/// A drone strike on a car east of Deir ez-Zor: a local network naming the town and the two men, an
/// Arabic outlet naming the town, and a wire relaying the monitor with only "the eastern countryside".
/// The wire's count of coalition strikes since January and a strike recalled from March add nothing.
@Suite("Scenario: a drone strike on a car, two named men, three outlets")
struct DroneCarTests {
    static let local = """
        Drone kills two men in their car east of Deir ez-Zor

        Two men were killed on Saturday when a drone, thought to belong to the US-led coalition, struck the car they \
        were travelling in on the edge of the town of Dhiban in the eastern Deir ez-Zor countryside, a local \
        correspondent said. The men were identified as Hamad al-Obaid and his cousin Yasser al-Obaid.

        The coalition carried out a similar strike in the area in March that killed a former commander.
        """
    static let arabic = """
        مقتل شابين بضربة طائرة مسيّرة على سيارة شرقي دير الزور

        قُتل شابان، أمس السبت، إثر استهداف طائرة مسيّرة يُرجّح أنها تتبع للتحالف الدولي سيارتهما على أطراف بلدة ذيبان \
        بريف دير الزور الشرقي، بحسب مصادر محلية.
        """
    static let relay = """
        Two people were killed when a drone believed to be operated by the international coalition hit a vehicle in \
        the eastern countryside of Deir Ezzor on Saturday, the Syrian Observatory for Human Rights said.

        The Observatory said 11 people have been killed in coalition strikes in Syria since the start of the year.
        """

    @Test("one incident at Dhiban on the Saturday: killed 2, three sources agreeing; the year's count is a tally")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-local", Self.local, meta: ["published": "2024-05-05", "publisher": "Deir Ezzor Network"]),
            try l.report("2-ar", Self.arabic, meta: ["published": "2024-05-05", "publisher": "عين الفرات"]),
            try l.report("3-relay", Self.relay, meta: ["published": "2024-05-06", "publisher": "Asharq Wire"]),
        ])
        #expect(try l.rows(["totals"]).count == 1)
        #expect(try l.totals("killed", period: "2024-05") == [1, 2, 2, 2])
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-05-04" && inc.str("place") == "thiban", "\(inc)")
        #expect(inc.sourceFigures == ["Ayn al-Furat:2", "Deir Ezzor Network:2", "Syrian Observatory for Human Rights:2"])
        #expect(try l.discrepancyKinds() == ["tally_vs_incidents"])
        let claims = try l.claims()
        let march = try #require(claims.first { $0.int("value") == 1 })
        #expect(march.str("context") == "back_reference")
        #expect(claims.first { $0.int("value") == 11 }?.str("kind") == "tally")
    }
}
