import Foundation
import LedgerTestSupport
import Testing

/// A market car bombing in Azaz whose toll rises over three days across outlets: a wire on the day
/// quoting the rescuers (20), an Arabic outlet the next day quoting them again (35), and the monitor two
/// days later (41) about "Monday's market bombing", in a report that also recalls a 2021 truck bomb.
@Suite("Scenario: a market bombing's toll rises over three days")
struct MarketTollTests {
    static let wire = """
        Car bomb kills 20 in market in northern Syria

        A car bomb tore through a crowded vegetable market in the northern Syrian town of Azaz on Monday, killing 20 \
        people and wounding dozens, civil defence workers said.
        """
    static let arabic = "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في سوق الخضار بمدينة اعزاز شمالي حلب إلى 35 قتيلاً، بينهم ثمانية أطفال، وأكثر من 60 جريحاً، وفق ما أفاد الدفاع المدني السوري.\n"
    static let monitor = """
        The death toll from Monday's market bombing in Azaz has climbed to 41, the Syrian Observatory for Human Rights \
        said on Wednesday.

        It was the deadliest attack in the town since a truck bomb killed more than 60 people there in 2021.
        """

    @Test("one incident on the Monday: the rescuers' latest 35 and the monitor's 41; the 2021 bombing is recalled")
    func oneIncident() throws {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-wire", Self.wire, meta: ["published": "2024-06-10", "publisher": "Wire Service"]),
            try l.report("2-ar", Self.arabic, meta: ["published": "2024-06-11", "publisher": "عنب بلدي"]),
            try l.report("3-monitor", Self.monitor, meta: ["published": "2024-06-12", "publisher": "Agence Globe"]),
        ])
        #expect(try l.totals("killed", period: "2024-06") == [1, 35, 41, 35])
        #expect(try l.totals("wounded", period: "2024-06").first == 1)
        let inc = try #require(try l.incidents("killed").first)
        #expect(inc.str("day") == "2024-06-10" && inc.str("place") == "azaz", "\(inc)")
        #expect(inc.sourceFigures == ["Syrian Civil Defence:35", "Syrian Observatory for Human Rights:41"])
        #expect(try l.discrepancyKinds() == ["sources_disagree"])
        let recalled = try #require(try l.claims().first { $0.int("value") == 60 && $0.str("measure") == "killed" })
        #expect(recalled.str("context") == "back_reference", "\(recalled)")
    }
}
