import Foundation
import LedgerTestSupport
import Testing

/// One car bombing told by three outlets in two languages: a wire story on the day, an Arabic
/// outlet the next day with a higher toll, and an agency relaying the monitor's toll. Each recalls
/// other figures (an earlier attack, last year's toll, the war's toll) that must not be added.
@Suite("Scenario: one car bombing, three reports, two languages")
struct CarBombingTests {
    static let wire = """
        Car bomb kills at least 12 in eastern Syrian town

        A car packed with explosives blew up near a busy market in the town of al-Ashara in Deir ez-Zor province on \
        Tuesday, killing at least 12 people and wounding 20 others, a local official said.

        The blast was the deadliest in the area for months. A similar attack in Hajin in January killed nine people.

        Bombings and shootings killed more than 300 people across the province last year, according to a local \
        monitoring group.
        """
    static let arabic = """
        ارتفاع حصيلة تفجير العشارة إلى 14 قتيلاً

        ارتفعت حصيلة ضحايا تفجير السيارة المفخخة في بلدة العشارة بريف دير الزور الشرقي إلى 14 قتيلاً، بعد وفاة اثنين من \
        الجرحى متأثرين بإصاباتهم، بحسب مصادر محلية.

        وكان تفجير مماثل قد ضرب مدينة هجين في كانون الثاني الماضي وأودى بحياة تسعة أشخاص.
        """
    static let relay = """
        Syria car bomb toll rises to 14: monitor

        The death toll from Tuesday's car bombing in the eastern town of Ashara has risen to 14, the Syrian \
        Observatory for Human Rights said on Wednesday.

        Syria's war has killed more than half a million people since 2011.
        """

    static func ledger() throws -> ScenarioLedger {
        let l = ScenarioLedger()
        try l.ingest([
            try l.report("1-wire", wire, meta: ["published": "2024-03-12", "publisher": "Wire Service"]),
            try l.report("2-ar", arabic, meta: ["published": "2024-03-13", "publisher": "نورث برس"]),
            try l.report("3-relay", relay, meta: ["published": "2024-03-13", "publisher": "AFP"]),
        ])
        return l
    }

    @Test("the month's totals are one incident: killed 12 to 14, wounded 20")
    func totals() throws {
        let l = try Self.ledger()
        let rows = try l.rows(["totals"])
        #expect(rows.count == 2, "\(rows)")
        let killed = try #require(rows.first { $0.str("measure") == "killed" })
        #expect(killed.str("period") == "2024-03")
        #expect(killed.int("incidents") == 1)
        #expect(killed.int("low") == 12)
        #expect(killed.int("high") == 14)
        #expect(killed.int("best") == 14)
        let wounded = try #require(rows.first { $0.str("measure") == "wounded" })
        #expect(wounded.int("incidents") == 1)
        #expect([wounded.int("low"), wounded.int("high"), wounded.int("best")] == [20, 20, 20])
    }

    @Test("by governorate: Deir ez-Zor (SY09), one incident, killed 12 to 14")
    func byGovernorate() throws {
        let l = try Self.ledger()
        let rows = try l.rows(["totals", "--by", "governorate"])
        let killed = try #require(rows.first { $0.str("measure") == "killed" })
        #expect(killed.str("pcode") == "SY09" && killed.str("governorate") == "deir ez-zor")
        #expect([killed.int("incidents"), killed.int("low"), killed.int("high"), killed.int("best")] == [1, 12, 14, 14])
        #expect(killed["periods"] as? [String] == ["2024-03"])
    }

    @Test("the incident holds every outlet's toll on the day of the bombing, and they disagree 12 against 14")
    func incident() throws {
        let l = try Self.ledger()
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 2)
        let killed = try #require(incidents.first { $0.str("measure") == "killed" })
        #expect(killed.str("day") == "2024-03-12")
        #expect(killed.str("place") == "al-ashara")
        let sources = (killed["sources"] as? [[String: Any]] ?? []).map { "\($0.str("source") ?? ""):\($0.int("value") ?? 0)" }
        // The agency relays the Observatory: its 14 counts for the Observatory; the Arabic outlet's
        // publisher name folds to its English one.
        #expect(sources == ["North Press Agency:14", "Syrian Observatory for Human Rights:14", "Wire Service:12"])
        let found = try l.rows(["discrepancies"])
        #expect(found.map { $0.str("kind") ?? "" } == ["sources_disagree"])
        #expect(found.first?.int("stated") == 12 && found.first?.int("other") == 14)
    }

    @Test("the recalled attack, last year's toll, the war's toll and the two who died stay claims, never incidents")
    func otherFigures() throws {
        let l = try Self.ledger()
        let claims = try l.claims()
        let hajin = claims.filter { $0.int("value") == 9 }
        #expect(hajin.count == 2)
        for c in hajin {
            #expect(c.str("context") == "back_reference")
            let period = c["period"] as? [String: Any]
            #expect(period?.str("start") == "2024-01-01" && period?.str("end") == "2024-01-31", "\(c)")
        }
        let lastYear = try #require(claims.first { $0.int("value") == 300 })
        #expect(lastYear.str("context") == "background" && lastYear.str("kind") == "tally")
        #expect((lastYear["period"] as? [String: Any])?.str("start") == "2023-01-01")
        let war = try #require(claims.first { $0.int("value") == 500_000 })
        #expect(war.str("context") == "background")
        let two = try #require(claims.first { $0.int("value") == 2 })
        #expect(two.str("role") == "subset")
        let parent = try #require(claims.first { $0.str("id") == two.str("parent") })
        #expect(parent.int("value") == 14)
    }
}
