import Foundation
import LedgerTestSupport
import Testing

/// Back-references dated by their text ("in January", "on Tuesday", "in 2022") are placed on that
/// period and shown under the incident they recall, never counted in it nor on the report's day.
@Suite("Scenario: back-references linked to the incidents they recall")
struct BackReferenceLinkTests {
    static let reports: [(String, String, [String: String])] = [
        ("jan", """
            Islamic State cells attacked Ghwayran prison in the city of al-Hasakah on Friday, killing 14 guards, \
            the Syrian Democratic Forces said in a statement.
            """, ["published": "2024-01-20", "publisher": "North Press Agency"]),
        ("jan-tue", """
            Four guards were killed on Tuesday when gunmen attacked Ghwayran prison in al-Hasakah, the SDF said.
            """, ["published": "2024-01-31", "publisher": "Agence Globe"]),
        ("feb", """
            A drone strike killed two fighters near al-Shaddadi on Thursday, local sources said. The strike came two \
            days after an attack on Ghwayran prison on Tuesday killed 4 guards.
            """, ["published": "2024-02-02", "publisher": "Levant Wire"]),
        ("mar", """
            قُتل ثلاثة عناصر من «قوات سوريا الديمقراطية» بانفجار لغم أرضي قرب بلدة الشدادي جنوبي الحسكة، يوم أمس الأحد.

            وكان هجوم لخلايا التنظيم على سجن غويران في كانون الثاني الماضي قد أودى بحياة 14 من حراس السجن.
            """, ["published": "2024-03-11", "publisher": "نورث برس"]),
        ("2022", """
            A car bomb killed nine people in Hajin on Saturday, local officials said.
            """, ["published": "2022-09-12", "publisher": "Agence Globe"]),
        ("apr", """
            Five civilians were killed on Sunday when a mine exploded near Hajin, residents said. In 2022, a bombing in \
            Hajin killed 9 people.
            """, ["published": "2024-04-08", "publisher": "Levant Wire"]),
    ]

    static func ledger(_ names: Set<String>) throws -> ScenarioLedger {
        let l = ScenarioLedger()
        try l.ingest(try reports.filter { names.contains($0.0) }.map { try l.report($0.0, $0.1, meta: $0.2) })
        return l
    }

    static let all: Set = ["jan", "jan-tue", "feb", "mar", "2022", "apr"]

    @Test("each recall is listed under the incident it recalls; the totals count every attack once")
    func recalledBy() throws {
        let l = try Self.ledger(Self.all)
        let claims = try l.claims()
        let recalls = claims.filter { $0.str("context") == "back_reference" }
        #expect(recalls.map { $0.int("value") ?? 0 }.sorted() == [4, 9, 14])
        let incidents = try l.rows(["incidents"])
        #expect(incidents.count == 6)
        func recalled(_ place: String, _ day: String) -> [Int] {
            let inc = incidents.first { $0.str("place") == place && $0.str("day") == day }
            let ids = inc?["recalled_by"] as? [String] ?? []
            return ids.compactMap { id in claims.first { $0.str("id") == id }?.int("value") }
        }
        #expect(recalled("ghwayran", "2024-01-19") == [14])
        #expect(recalled("ghwayran", "2024-01-30") == [4])
        #expect(recalled("hajin", "2022-09-10") == [9])
        #expect(recalled("hajin", "2024-04-07") == [])
        let rows = try l.rows(["totals"]).map { "\($0.str("period") ?? ""):\($0.str("category") ?? ""):\($0.int("incidents") ?? 0):\($0.int("best") ?? 0)" }
        #expect(rows == ["2022-09:all:1:9", "2024-01:guards:2:18", "2024-02:all:1:2", "2024-03:sdf:1:3", "2024-04:civilians:1:5"])
    }

    @Test("explain shows the recall on both sides: the incident's trail and the claim's")
    func explain() throws {
        let l = try Self.ledger(Self.all)
        let recall = try #require(try l.claims().first { $0.str("context") == "back_reference" && $0.int("value") == 14 })
        let inc = try #require(try l.rows(["incidents"]).first { $0.str("place") == "ghwayran" && $0.str("day") == "2024-01-19" })
        let incID = try #require(inc.str("id")), claimID = try #require(recall.str("id"))
        let trail = try l.rows(["explain", incID])
        #expect(trail.contains { $0.str("step") == "recalled by (back-reference, not counted)" && $0.str("detail") == claimID })
        let claimTrail = try l.rows(["explain", claimID])
        let step = try #require(claimTrail.first { $0.str("step") == "recalls incident" })
        #expect(step.str("detail")?.hasPrefix(incID) == true)
        #expect(!claimTrail.contains { $0.str("step") == "in incident" })
    }

    @Test("a recall whose incident the ledger does not hold stays a claim: no incident, no link, not on its report's day")
    func recallAlone() throws {
        let l = try Self.ledger(["apr", "mar"])
        let incidents = try l.rows(["incidents"])
        #expect(incidents.allSatisfy { $0["recalled_by"] == nil })
        #expect(incidents.compactMap { $0.str("day") }.sorted() == ["2024-03-10", "2024-04-07"])
        let nine = try #require(try l.claims().first { $0.int("value") == 9 })
        #expect((nine["period"] as? [String: Any])?.str("start") == "2022-01-01")
    }
}
