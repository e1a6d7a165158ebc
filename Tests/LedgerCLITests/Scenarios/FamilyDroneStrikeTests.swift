import Foundation
import LedgerTestSupport
import Testing

/// A drone strike on a family's house in Sarmin told by four outlets: the civil defence's "a woman and three of her
/// children", the same in Arabic after a feminine verb, a weekly piece that recalls the four in "the deadliest attack in
/// Idlib this year" beside the province's count since January, and the relatives' five after a wounded man died. Before,
/// the woman and the children were two incidents, the Arabic three were wounded, the recall was a tally, and the five
/// joined only the woman: killed `all` best 1.
@Suite("Scenario: a family killed by a drone strike, four outlets, a death of wounds")
struct FamilyDroneStrikeTests {
    static let civilDefence = """
        Drone strike kills mother and children in Sarmin

        A woman and three of her children were killed, and five other civilians were wounded, when a drone struck their house in the town of Sarmin, east of Idlib, on Friday morning, civil defence teams said.
        """
    static let arabic = """
        مسيّرة تقتل عائلة في سرمين

        استشهدت امرأة وثلاثة من أطفالها، وجُرح خمسة مدنيين آخرين، جراء استهداف منزلهم بطائرة مسيّرة في بلدة سرمين شرقي إدلب صباح يوم الجمعة.
        """
    static let weekly = """
        Idlib counts its dead

        Four members of one family died in Friday's drone strike on Sarmin, the deadliest attack in Idlib this year. Since January, 62 civilians have been killed in Idlib province, 19 of them children, according to the monitor's figures.
        """
    static let relatives = """
        Sarmin toll rises to five

        A man who was wounded in Friday's drone strike on Sarmin died of his injuries on Sunday, raising the number of people killed in the attack to five, his relatives said.
        """

    @Test("one incident: low 4, high 5, best 4 from four sources; the province's count is a tally of its own")
    func oneStrike() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("cd", Self.civilDefence, meta: ["published": "2026-05-01", "publisher": "Syria Civil Defence"]),
            try l.report("ar", Self.arabic, meta: ["published": "2026-05-01", "publisher": "Enab Baladi"]),
            try l.report("weekly", Self.weekly, meta: ["published": "2026-05-03", "publisher": "The New Arab"]),
            try l.report("relatives", Self.relatives, meta: ["published": "2026-05-03", "publisher": "North Press"]),
        ])
        let killed = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 1, "\(killed)")
        let sarmin = try #require(killed.first)
        #expect(sarmin.str("place") == "sarmin" && sarmin.str("day") == "2026-05-01", "\(sarmin)")
        #expect(sarmin.int("low") == 4 && sarmin.int("high") == 5 && sarmin.int("best") == 4, "\(sarmin)")
        let figures = (sarmin["sources"] as? [[String: Any]] ?? []).map { ($0.str("source") ?? "", $0.int("value") ?? -1) }
        #expect(figures.count == 4 && figures.filter { $0.1 == 4 }.count == 3 && figures.filter { $0.1 == 5 }.count == 1, "\(figures)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" }
        #expect(totals.map { $0.str("category") } == ["all"] && totals.map { $0.int("best") } == [4], "\(totals)")
        #expect(totals.map { $0.int("incidents") } == [1] && totals.map { $0.int("high") } == [5], "\(totals)")
        let wounded = try l.rows(["incidents"]).filter { $0.str("measure") == "wounded" }
        #expect(wounded.map { $0.int("best") } == [5], "\(wounded)")
        // The province's count since January stands apart, with its children a subset.
        let tallies = try l.rows(["totals", "--tallies"])
        #expect(tallies.map { $0.int("stated") } == [62] && tallies.map { $0.str("scope") } == ["idlib"], "\(tallies)")
        let claims = try l.claims()
        #expect(claims.filter { $0.str("kind") == "tally" }.compactMap { $0.int("value") }.sorted() == [19, 62], "\(claims)")
    }
}
