import Foundation
import LedgerTestSupport
import Testing

/// A car bomb in Jarablus told by a wire on the day (4 killed, 17 wounded, "three of the wounded"
/// in critical condition), an Arabic outlet the next day (the toll rose to six after two of the
/// wounded died; the 17 wounded restated with some in critical condition) and a relay of the monitor
/// (six, and "of the injured, two" still in serious condition, with no count of the wounded). Before,
/// the relay's two was a wounded toll of its own: the wounded incident read 2-17 with a false
/// disagreement. Reports written here; figures follow real reports of such bombings.
@Suite("Scenario: a bombing's wounded, some picked out by their condition")
struct WoundedConditionTests {
    static let wire = """
        Car bomb kills four in northern Syrian town

        A car bomb went off by a crowded roundabout in Jarablus on Saturday, killing four people and wounding 17, \
        the civil defence said. Three of the wounded were in critical condition.
        """
    static let outlet = """
        ارتفاع حصيلة انفجار جرابلس إلى ستة قتلى

        ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في مدينة جرابلس أمس السبت إلى ستة قتلى، بعد وفاة اثنين من الجرحى \
        متأثرين بإصاباتهم. وأسفر الانفجار أيضاً عن إصابة ١٧ شخصاً، وكان ثلاثة من الجرحى في حالة حرجة.
        """
    static let relay = """
        The toll from Saturday's car bombing in Jarablus has risen to six, the Syrian Observatory for Human Rights \
        said on Sunday. Of the injured, two remain in serious condition, the monitor added.
        """

    @Test("one killed incident (4-6, best 6), one wounded incident of 17; the picked-out wounded are subsets")
    func totals() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("wire", Self.wire, meta: ["published": "2025-05-10", "publisher": "Reuters"]),
            try l.report("outlet", Self.outlet, meta: ["published": "2025-05-11", "publisher": "عنب بلدي"]),
            try l.report("relay", Self.relay, meta: ["published": "2025-05-11", "publisher": "AFP"]),
        ])
        let totals = try l.rows(["totals"])
        let killed = totals.filter { $0.str("measure") == "killed" }
        let wounded = totals.filter { $0.str("measure") == "wounded" }
        #expect(killed.map { [$0.int("incidents"), $0.int("low"), $0.int("high"), $0.int("best")] } == [[1, 4, 6, 6]], "\(killed)")
        #expect(wounded.map { [$0.int("incidents"), $0.int("low"), $0.int("high"), $0.int("best")] } == [[1, 17, 17, 17]], "\(wounded)")
        let incidents = try l.rows(["incidents"])
        #expect(incidents.allSatisfy { $0.str("place") == "jarablus" && $0.str("day") == "2025-05-10" }, "\(incidents)")
        let woundedIncident = try #require(incidents.first { $0.str("measure") == "wounded" })
        #expect((woundedIncident["sources"] as? [[String: Any]])?.count == 2, "\(woundedIncident)")
        // Only the killed figures disagree (4 on the day, 6 after two of the wounded died).
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") } == ["sources_disagree"], "\(found)")
        #expect(found.first?.int("stated") == 4 && found.first?.int("other") == 6, "\(found)")
        // The 3 and 3 wounded picked out, and the 2 who died, are subsets, not tolls; the relay's two
        // "of the injured", of a count it does not give, is no claim at all.
        let subsets = try l.claims().filter { $0.str("role") == "subset" }.map { "\($0.str("measure") ?? "") \($0.int("value") ?? 0)" }.sorted()
        #expect(subsets == ["killed 2", "wounded 3", "wounded 3"], "\(subsets)")
        let relayWounded = try l.claims().filter { $0.str("measure") == "wounded" && $0.int("value") == 2 }
        #expect(relayWounded.isEmpty, "\(relayWounded)")
    }
}
