import Foundation
import LedgerTestSupport
import Testing

/// One car bombing in Azaz told by four outlets as its toll rose: a wire's first count (5), the monitor's "the
/// number of people killed in Tuesday's car bomb explosion has risen to seven" with the children among the dead, an
/// Arabic outlet's eight, and three days later another outlet's killing in al-Bab that recalls the bombing's eight.
/// The monitor's figure was a tally of its own (so the incident had two sources, best 5), and its children hung
/// under the two who died of their wounds.
@Suite("Scenario: a car bombing whose toll rises, four outlets, a recall")
struct RisingBombingTollTests {
    static let wire = """
        Car bomb kills five in Azaz

        A car bomb went off by the vegetable market of Azaz, north of Aleppo, on Tuesday morning, killing five people \
        and wounding at least 20, a town council member said.
        """
    static let monitor = """
        Azaz bombing toll rises

        The number of people killed in Tuesday's car bomb explosion in Azaz, in the northern countryside of Aleppo, has \
        risen to seven, after two of the wounded died in hospital. Among the dead are two children. About 30 people \
        were wounded.
        """
    static let arabic = """
        ارتفاع حصيلة تفجير إعزاز

        ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في مدينة إعزاز شمالي حلب إلى ثمانية قتلى، بينهم طفلان وامرأة، وأكثر \
        من ثلاثين جريحاً.
        """
    static let recall = """
        Civilian shot dead in al-Bab

        Unknown gunmen shot dead a civilian man in the city of al-Bab on Saturday, days after a car bombing in Azaz that \
        killed eight people last Tuesday.
        """

    @Test("one bombing: low 5, high 8, best 7 from three sources; the recall adds nothing; al-Bab is one more")
    func oneBombing() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("wire", Self.wire, meta: ["published": "2024-03-05", "publisher": "Reuters"]),
            try l.report("monitor", Self.monitor, meta: ["published": "2024-03-06", "publisher": "Syrian Observatory for Human Rights"]),
            try l.report("arabic", Self.arabic, meta: ["published": "2024-03-06", "publisher": "Enab Baladi"]),
            try l.report("recall", Self.recall, meta: ["published": "2024-03-09", "publisher": "North Press"]),
        ])
        let killed = try l.rows(["incidents"]).filter { $0.str("measure") == "killed" }
        #expect(killed.count == 2, "\(killed)")
        let azaz = try #require(killed.first { $0.str("place") == "azaz" })
        #expect(azaz.str("day") == "2024-03-05" && azaz.str("category") == "all", "\(azaz)")
        #expect(azaz.int("low") == 5 && azaz.int("high") == 8 && azaz.int("best") == 7, "\(azaz)")
        let sources = Set((azaz["sources"] as? [[String: Any]] ?? []).compactMap { $0.str("source") })
        #expect(sources == ["Reuters", "Syrian Observatory for Human Rights", "Enab Baladi"], "\(azaz)")
        let alBab = try #require(killed.first { $0.str("place") == "al-bab" })
        #expect(alBab.int("best") == 1 && alBab.str("category") == "civilians", "\(alBab)")
        let totals = try l.rows(["totals"]).filter { $0.str("measure") == "killed" && $0.str("category") == "all" }
        #expect(totals.map { $0.int("incidents") } == [1] && totals.map { $0.int("best") } == [7], "\(totals)")
        #expect(totals.map { $0.int("low") } == [5] && totals.map { $0.int("high") } == [8], "\(totals)")
        let disagree = try l.rows(["discrepancies", "--kind", "sources_disagree"]).filter { ($0.str("summary") ?? "").contains("killed") }
        #expect(disagree.count == 1 && disagree.first?.int("stated") == 5 && disagree.first?.int("other") == 8, "\(disagree)")
        // The monitor's children are of its seven; nobody's figure is a tally.
        let claims = try l.claims()
        #expect(!claims.contains { $0.str("kind") == "tally" }, "\(claims)")
        let children = claims.filter { $0.str("category") == "children" && $0.str("measure") == "killed" }
        #expect(children.count == 2 && children.allSatisfy { $0.str("role") == "subset" }, "\(children)")
    }
}
